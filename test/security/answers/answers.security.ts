// Issue 7 §3: malformed outside answers, generated from recorded Autotask and TD SYNNEX answers.
// Each must be rejected with an error naming the endpoint and the field, nothing may be written,
// and the failed run's log entry must say what was wrong.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../lib/errors/app-error';
import { recentEntries } from '../../../lib/log/activity-reads';
import { db } from '../../../lib/db/db';
import { startRun } from '../../../lib/sync/engine';
import { registerTemplate, unregisterTemplate } from '../../../lib/sync/registry';
import { expectContractProblem } from '../../contract/recorder';
import { freshDb } from '../../lib/db/fresh-db';
import { recordFigure } from '../figures';
import { EXCHANGES, RUN_TEMPLATE_ID, readThenWriteTemplate } from './exchanges';
import { autotaskWrites, createWorld } from './world';
import type { World } from './world';

let world: World;
beforeEach(async () => {
  await freshDb();
  world = createWorld();
  registerTemplate(readThenWriteTemplate(() => world));
});
afterEach(() => unregisterTemplate(RUN_TEMPLATE_ID));

const tally = { tried: 0, rejected: 0 };
afterAll(() => {
  recordFigure('answers', {
    label: 'Malformed Autotask / TD SYNNEX answers (vitest)',
    counts: { tried: tally.tried, rejected: tally.rejected, 'got through': tally.tried - tally.rejected },
    mustBeZero: ['got through'],
    minimums: { tried: 200 },
  });
});

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

describe('the untouched answers (control)', () => {
  it('let the read-then-write run succeed and write every cost', async () => {
    expect(await (await startRun(RUN_TEMPLATE_ID, 'manual')).finished).toEqual({ result: 'success' });
    expect(autotaskWrites(world.autotaskSim)).toHaveLength(3);
    expect(await db.skuState.count()).toBe(3);
  });

  it('take a product named like the thread-limit code as data, not as throttling', async () => {
    world.tamper = {
      match: (req) => /\/Products\/query$/i.test(new URL(req.url).pathname),
      answer: (o) => ({
        ...o,
        text: o.text.replace(/"name":"[^"]*"/, '"name":"Itgenatr005 <img src=x onerror=alert(1)>"'),
      }),
    };
    expect(await (await startRun(RUN_TEMPLATE_ID, 'manual')).finished).toEqual({ result: 'success' });
    expect(world.tampered).toBe(1);
  });

  it.each(EXCHANGES.filter((e) => !e.inRun).map((e) => [e.endpoint, e] as const))(
    'let %s succeed',
    async (_n, exchange) => {
      await expect(exchange.call!(world)).resolves.toBeDefined();
    },
  );
});

for (const exchange of EXCHANGES) {
  describe(`malformed answers to ${exchange.endpoint}`, () => {
    it.each(exchange.mutations.map((m) => [m.what, m] as const))(
      '%s is rejected',
      async (_what, mutation) => {
        tally.tried += 1;
        world.tamper = { match: exchange.match, answer: mutation.answer };
        let error: unknown;
        if (exchange.inRun) {
          const outcome = await (await startRun(RUN_TEMPLATE_ID, 'manual')).finished;
          expect(outcome?.result, 'the run must fail').toBe('failed');
          const [entry] = await recentEntries(1);
          error = entry?.error;
          // The log entry says what was wrong: the endpoint in its summary, the field in its error.
          expect(entry?.result).toBe('failed');
          expect(norm(entry?.summary ?? ''), entry?.summary).toContain(norm(exchange.endpoint));
          // No partial write: nothing at Autotask, nothing in the extension's tables.
          expect(autotaskWrites(world.autotaskSim)).toEqual([]);
          expect(await db.skuState.count()).toBe(0);
        } else {
          error = await exchange.call!(world).then(
            () => undefined,
            (e: unknown) => e,
          );
        }
        expect(world.tampered, 'the tampered answer was served').toBe(1);
        const data = error as { kind?: string; message?: string; field?: string } | undefined;
        expect(data?.kind, JSON.stringify(data)).toBe('malformed-response');
        expect(norm(data?.message ?? '')).toContain(norm(exchange.endpoint));
        expect(data?.field, `no field named in ${JSON.stringify(data)}`).toBeTruthy();
        if (mutation.field !== '(body)')
          expect(norm(data!.field!)).toContain(norm(mutation.field.replace(/^.*[.\]]/, '')));
        if (!exchange.inRun) expect(isAppError(error)).toBe(true);
        tally.rejected += 1;
      },
    );
  });
}

// Used by the contract check when a tampered answer makes our client send a follow-up request the
// swagger forbids (none is expected; declared so a failure points here).
void expectContractProblem;
