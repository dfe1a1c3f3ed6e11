// The settings port (lib/host/settings.ts) over the runner's database: each setting one row of the
// meta table, under `settings.<key>` so it never meets the engine's own meta keys. Watchers hear the
// changes this process makes; the runner has no other writer (no options page), and a second replica
// re-seeds the same values from the same configuration at its start.
import type { SettingsArea } from '../../lib/host/settings';

/** The meta table as both the runner's store and the engine's storage port see it. */
export interface MetaTable {
  get(key: string): Promise<unknown>;
  /** Undefined deletes the row. */
  set(key: string, value: unknown): Promise<void>;
}

export const SETTINGS_PREFIX = 'settings.';

type Watcher = (next: unknown, previous: unknown) => void;

export function metaSettingsArea(meta: MetaTable): SettingsArea {
  const watchers = new Map<string, Set<Watcher>>();
  const row = (key: string) => SETTINGS_PREFIX + key;

  async function write(key: string, value: unknown): Promise<void> {
    const previous = (await meta.get(row(key))) ?? null;
    await meta.set(row(key), value ?? undefined);
    for (const watcher of watchers.get(key) ?? []) {
      try {
        watcher(value ?? null, previous);
      } catch (error) {
        console.error('runner: a settings watcher failed', error);
      }
    }
  }

  return {
    get: (key) => meta.get(row(key)),
    set: write,
    remove: (key) => write(key, null),
    watch(key, callback) {
      const set = watchers.get(key) ?? new Set<Watcher>();
      watchers.set(key, set);
      set.add(callback);
      return () => set.delete(callback);
    },
  };
}

/** An area in memory, for `--once` runs and tests that need no database. */
export function memorySettingsArea(): SettingsArea {
  const rows = new Map<string, unknown>();
  return metaSettingsArea({
    get: async (key) => rows.get(key),
    set: async (key, value) => void (value === undefined ? rows.delete(key) : rows.set(key, value)),
  });
}
