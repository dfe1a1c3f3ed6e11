// A template defined for the tests: it copies numbered records to a fake target ("Autotask") one page
// at a time and checkpoints after each committed page, the way Product Sync will (issue 4).
import { z } from 'zod';
import { defineTemplate } from '../../../lib/sync/define-template';
import type { RunOutcome } from '../../../lib/sync/define-template';

export interface FakeTarget {
  /** Record number → how many times it was written. */
  writes: Map<number, number>;
  /** Throw this error when about to write this page (once). */
  failOnPage?: { page: number; error: unknown };
  /** Await this before writing this page (a worker frozen mid-run). */
  holdOnPage?: { page: number; until: Promise<void> };
  pauseOnPage?: { page: number; resumeAfterMs: number };
}

export const settingsSchema = z
  .object({
    enabled: z.boolean(),
    everyMinutes: z.number().int().min(1).optional(),
    dailyAt: z.string().optional(),
  })
  .strict();

export function pagedTemplate(id: string, target: FakeTarget, records = 10, pageSize = 3) {
  return defineTemplate({
    id,
    name: `Test ${id}`,
    operation: 'product-sync',
    settingsSchema,
    defaultSettings: { enabled: false, everyMinutes: 15 },
    checkpointSchema: z.object({ nextRecord: z.number().int().min(1) }).strict(),
    schedule: (s) =>
      s.dailyAt ? { dailyAt: s.dailyAt } : s.everyMinutes ? { periodInMinutes: s.everyMinutes } : undefined,
    async run(ctx, signal): Promise<RunOutcome> {
      let next = (await ctx.checkpoint.load())?.nextRecord ?? 1;
      let written = 0;
      while (next <= records) {
        signal.throwIfAborted();
        const page = Math.ceil(next / pageSize);
        if (target.holdOnPage?.page === page) {
          await target.holdOnPage.until;
          signal.throwIfAborted();
        }
        if (target.failOnPage?.page === page) {
          const { error } = target.failOnPage;
          target.failOnPage = undefined;
          throw error;
        }
        if (target.pauseOnPage?.page === page) {
          const { resumeAfterMs } = target.pauseOnPage;
          target.pauseOnPage = undefined;
          return { result: 'paused', resumeAfterMs };
        }
        const last = Math.min(next + pageSize - 1, records);
        for (let r = next; r <= last; r++) target.writes.set(r, (target.writes.get(r) ?? 0) + 1);
        written += last - next + 1;
        next = last + 1;
        await ctx.checkpoint.save({ nextRecord: next });
        await ctx.progress(last, records);
      }
      await ctx.log({ operation: 'product-sync', result: 'success', summary: `${written} records copied` });
      return { result: 'success' };
    },
  });
}

export function writtenOnce(target: FakeTarget, records: number): boolean {
  return Array.from({ length: records }, (_, i) => target.writes.get(i + 1)).every((n) => n === 1);
}
