// PATCH bodies carry `id` and only the changed fields; fields left out keep their values
// (API.md §2.1). Money is compared at cent precision so float noise is not a change (API.md §6.8).

const same = (a: unknown, b: unknown): boolean => {
  if (typeof a === 'number' && typeof b === 'number') return Math.round(a * 100) === Math.round(b * 100);
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
};

/** `{ id, …fields of desired that differ from current }`, or undefined when nothing changed. */
export function patchFor<T extends { id: number }>(
  current: T,
  desired: Partial<Omit<T, 'id'>>,
): ({ id: number } & Partial<T>) | undefined {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(desired)) {
    if (key === 'id' || value === undefined) continue;
    if (!same((current as Record<string, unknown>)[key], value)) patch[key] = value;
  }
  return Object.keys(patch).length === 0
    ? undefined
    : ({ id: current.id, ...patch } as { id: number } & Partial<T>);
}
