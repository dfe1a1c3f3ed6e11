// @vitest-environment node
// The runner client against the runner's real API (runner/api), served by @hono/node-server over
// real HTTP on 127.0.0.1 (test/runner/api/harness.ts), through the one HTTP policy.
import { afterEach, describe, expect, it } from 'vitest';
import { createRunnerClient } from '../../../lib/runner-client/client';
import { hintFor } from '../../../lib/hints/hints';
import { newEntry, scriptedTemplates, serveApi, TOKEN } from '../../runner/api/harness';
import type { Served } from '../../runner/api/harness';

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

const noSleep = async () => {};
const clientFor = (s: Served, token = TOKEN, fetchImpl?: typeof fetch) =>
  createRunnerClient({ apiBase: s.base, token, sleep: noSleep, ...(fetchImpl ? { fetch: fetchImpl } : {}) });

async function failure(work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    return JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
  }
  throw new Error('expected a failure');
}

const DAY = Date.UTC(2026, 2, 1);

describe('the runner client, against the runner API over HTTP', () => {
  it('reads a filtered page of the log, newest first, with each entry marked as the runner’s', async () => {
    served = await serveApi();
    await served.store.log.appendEntry(newEntry({ at: DAY + 1000, summary: 'older' }));
    await served.store.log.appendEntry(newEntry({ at: DAY + 3000, summary: 'newest', result: 'failed' }));
    await served.store.log.appendEntry(newEntry({ at: DAY + 2000, summary: 'middle' }));
    await served.store.log.appendEntry(
      newEntry({ at: DAY + 4000, template: 'order-status', operation: 'status-update', summary: 'other' }),
    );

    const page = await clientFor(served).log(
      { template: 'product-sync', from: DAY },
      { offset: 0, limit: 2 },
    );
    expect(page.total).toBe(3);
    expect(page.entries.map((e) => [e.summary, e.origin])).toEqual([
      ['newest', 'runner'],
      ['middle', 'runner'],
    ]);
    expect(page.entries[0]).toMatchObject({ at: new Date(DAY + 3000).toISOString(), result: 'failed' });

    const next = await clientFor(served).log({ template: 'product-sync' }, { offset: 2, limit: 2 });
    expect(next.entries.map((e) => e.summary)).toEqual(['older']);
    expect((await clientFor(served).log({ result: 'failed' })).entries.map((e) => e.summary)).toEqual([
      'newest',
    ]);
  });

  it('reads one entry with its items, and says undefined for an id the runner does not have', async () => {
    served = await serveApi();
    const id = await served.store.log.appendEntry(newEntry(), [
      { key: 'sku-1', label: 'SKU-1', outcome: 'updated' },
      { key: 'sku-2', label: 'SKU-2', outcome: 'failed', message: 'Unknown SKU' },
    ]);
    const found = await clientFor(served).entry(id);
    expect(found?.entry).toMatchObject({ id, origin: 'runner' });
    expect(found?.items.map((i) => i.label)).toEqual(['SKU-1', 'SKU-2']);
    expect(await clientFor(served).entry(999)).toBeUndefined();
  });

  it('counts the log per asked day by result, oldest day first', async () => {
    served = await serveApi();
    const HOUR = 3_600_000;
    await served.store.log.appendEntry(newEntry({ at: DAY - 1, result: 'failed' }));
    await served.store.log.appendEntry(newEntry({ at: DAY + HOUR, result: 'partial' }));
    await served.store.log.appendEntry(
      newEntry({ at: DAY + 30 * HOUR, template: 'order-status', operation: 'status-update' }),
    );
    await served.store.log.appendEntry(newEntry({ at: DAY + 31 * HOUR, result: 'failed' }));

    expect(await clientFor(served).daily([DAY, DAY + 24 * HOUR])).toEqual([
      { day: DAY, success: 0, partial: 1, failed: 0 },
      { day: DAY + 24 * HOUR, success: 1, partial: 0, failed: 1 },
    ]);
    const refused = await failure(() => clientFor(served!).daily([DAY + 24 * HOUR, DAY]));
    expect(refused).toMatchObject({ status: 400, code: 'bad-request' });
  });

  it('lists template runs and starts one with Run now; a second Run now is "not started", not an error', async () => {
    const templates = scriptedTemplates([
      {
        id: 'product-sync',
        name: 'Product Sync',
        enabled: true,
        running: false,
        lastRunAt: DAY,
        lastResult: 'success',
        nextRunAt: DAY + 86_400_000,
      },
      { id: 'create-orders', name: 'Create Orders', enabled: false, running: false },
    ]);
    served = await serveApi({ templates });
    const client = clientFor(served);
    expect(await client.runs()).toEqual([
      {
        id: 'product-sync',
        name: 'Product Sync',
        enabled: true,
        running: false,
        lastRunAt: new Date(DAY).toISOString(),
        lastResult: 'success',
        nextRunAt: new Date(DAY + 86_400_000).toISOString(),
      },
      { id: 'create-orders', name: 'Create Orders', enabled: false, running: false },
    ]);
    expect(await client.runNow('product-sync')).toEqual({ started: true });
    expect(await client.runNow('product-sync')).toEqual({ started: false });
    expect(templates.started).toEqual(['product-sync']);
    expect(await client.orders()).toEqual([]);
  });

  it('answers health without the token', async () => {
    served = await serveApi();
    await expect(clientFor(served, 'not-the-token-at-all').health()).resolves.toBeUndefined();
  });

  it('turns a wrong token into the "token refused" hint, never echoing the token', async () => {
    served = await serveApi();
    const error = await failure(() => clientFor(served!, 'wrong-token-0123456789').runs());
    expect(error).toMatchObject({ status: 401, code: 'runner-token-refused', kind: 'auth' });
    expect(hintFor(error).id).toBe('runner-token-refused');
    expect(JSON.stringify(error)).not.toContain('wrong-token-0123456789');
  });

  it('turns a stopped runner into the "unreachable" hint', async () => {
    served = await serveApi();
    const base = served.base;
    await served.close();
    served = undefined;
    const error = await failure(() =>
      createRunnerClient({ apiBase: base, token: TOKEN, sleep: noSleep }).health(),
    );
    expect(error).toMatchObject({ status: 0, code: 'runner-unreachable' });
    expect(error.message).toContain('did not answer');
    expect(hintFor(error).id).toBe('runner-unreachable');
  });

  it('turns a browser of an extension the runner does not list into the "origin" hint for Run now', async () => {
    served = await serveApi({
      templates: scriptedTemplates([
        { id: 'product-sync', name: 'Product Sync', enabled: true, running: false },
      ]),
    });
    // What Chrome adds to a service worker's cross-origin POST.
    const asOtherExtension: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      const headers = new Headers(request.headers);
      headers.set('origin', 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba');
      return fetch(new Request(request, { headers }));
    };
    const error = await failure(() => clientFor(served!, TOKEN, asOtherExtension).runNow('product-sync'));
    expect(error).toMatchObject({ status: 403, code: 'runner-origin-refused' });
    expect(hintFor(error).id).toBe('runner-origin-refused');
  });

  it('says "switched off" with the template-off hint', async () => {
    served = await serveApi({
      templates: { list: async () => [], runNow: async () => 'switched-off' },
    });
    const error = await failure(() => clientFor(served!).runNow('create-orders'));
    expect(error).toMatchObject({ status: 409, code: 'template-off' });
    expect(hintFor(error).id).toBe('template-off');
  });

  it('refuses an answer that is not the runner’s shape, and another server at the address', async () => {
    served = await serveApi();
    const lying: typeof fetch = async () =>
      new Response(JSON.stringify({ entries: [{ id: 'x' }], total: 1, offset: 0, limit: 50 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const bad = await failure(() =>
      createRunnerClient({ apiBase: 'https://runner.example/api/v1', token: TOKEN, fetch: lying }).log({}),
    );
    expect(bad).toMatchObject({ kind: 'malformed-response', field: 'entries.0.id' });

    const notRunner: typeof fetch = async () => new Response('<h1>Not Found</h1>', { status: 404 });
    const other = await failure(() =>
      createRunnerClient({ apiBase: 'https://runner.example/api/v1', token: TOKEN, fetch: notRunner }).runs(),
    );
    expect(other).toMatchObject({ code: 'runner-unreachable' });
  });
});
