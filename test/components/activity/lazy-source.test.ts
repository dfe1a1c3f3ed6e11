// The log page's reader loads on first use (issue 14: Dexie off the open's path): one load for any
// number of calls, none before a call, and a failed load is tried again by the next call.
import { describe, expect, it, vi } from 'vitest';
import { lazyLogSource } from '../../../components/activity/lazy-source';
import type { LogSource } from '../../../components/activity/log-source';

function reader(): LogSource {
  return {
    first: async (_q, limit) => Array.from({ length: limit }, (_, i) => ({ id: i }) as never),
    match: async () => [3, 2, 1],
    rows: async (ids) => ids.map((id) => ({ id }) as never),
    items: async () => [],
    templates: async () => ['product-sync'],
    daily: async (days) =>
      Array.from({ length: days }, (_, day) => ({ day, success: 1, partial: 0, failed: 0 })),
    exportCsv: async () => new Blob(['a']),
  };
}

describe('lazyLogSource', () => {
  it('loads nothing until asked, then once for calls made together, and passes each call through', async () => {
    const load = vi.fn(async () => reader());
    const source = lazyLogSource(load);
    expect(load).not.toHaveBeenCalled();
    const [ids, rows, templates, daily] = await Promise.all([
      source.match({}),
      source.rows([7, 5]),
      source.templates(),
      source.daily(2, 0),
    ]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(ids).toEqual([3, 2, 1]);
    expect(rows.map((row) => row.id)).toEqual([7, 5]);
    expect(templates).toEqual(['product-sync']);
    expect(daily).toHaveLength(2);
    expect(await source.first({}, 2)).toHaveLength(2);
    expect(await (await source.exportCsv([1], { perItem: false, onProgress: () => {} })).text()).toBe('a');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fails the calls that needed a failed load, and the next call loads again', async () => {
    const load = vi
      .fn<() => Promise<LogSource>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(reader());
    const source = lazyLogSource(load);
    await expect(source.match({})).rejects.toThrow('dynamically imported');
    await expect(source.match({})).resolves.toEqual([3, 2, 1]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("once loaded, calls the reader in the caller's own task (a filter change's read leaves from its event)", async () => {
    const inner = reader();
    const first = vi.spyOn(inner, 'first');
    const source = lazyLogSource(async () => inner);
    await source.templates();
    void source.first({ template: 'product-sync' }, 40);
    // No await in between: a call that waited for a microtask would not have reached the reader yet.
    expect(first).toHaveBeenCalledWith({ template: 'product-sync' }, 40);
  });

  it('before the load ends, a call waits for it rather than reaching the reader early', async () => {
    const inner = reader();
    const first = vi.spyOn(inner, 'first');
    let finish: (source: LogSource) => void = () => {};
    const source = lazyLogSource(() => new Promise<LogSource>((resolve) => (finish = resolve)));
    const pending = source.first({}, 3);
    await Promise.resolve();
    expect(first).not.toHaveBeenCalled();
    finish(inner);
    expect(await pending).toHaveLength(3);
  });
});
