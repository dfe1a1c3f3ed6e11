// The settings port (issue 13 §1): small typed values by key, with change notification — the
// extension keeps them in chrome.storage.local (lib/settings/extension-area.ts, keys `local:<key>`,
// unchanged from when lib used WXT storage items directly), the runner in its database. Items are
// defined once at module level (lib/settings/settings.ts) and reach the area the host provided at
// start-up only when read, so defining them needs no host.

export interface SettingsArea {
  /** The stored value, or null/undefined when there is none. */
  get(key: string): Promise<unknown>;
  /** null removes the value (the item reads its fallback again). */
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Calls back with the new and old stored values on every change; returns the unsubscribe. */
  watch(key: string, callback: (next: unknown, previous: unknown) => void): () => void;
}

/** The subset of WXT's storage item that lib uses, so callers did not change when the port came. */
export interface SettingItem<T> {
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  watch(callback: (next: T, previous: T) => void): () => void;
}

let provided: SettingsArea | undefined;

/** Called by every host context (service worker, extension pages, content script, runner) at start-up. */
export function provideSettingsArea(area: SettingsArea): void {
  provided = area;
}

function area(): SettingsArea {
  if (!provided) throw new Error('No settings area: the host provides one at start-up.');
  return provided;
}

export function defineSetting<T>(key: string, options: { fallback: T }): SettingItem<T> {
  const { fallback } = options;
  const orFallback = (value: unknown): T => (value ?? fallback) as T;
  return {
    key,
    fallback,
    getValue: async () => orFallback(await area().get(key)),
    setValue: (value) => area().set(key, value ?? null),
    removeValue: () => area().remove(key),
    watch: (callback) =>
      area().watch(key, (next, previous) => callback(orFallback(next), orFallback(previous))),
  };
}
