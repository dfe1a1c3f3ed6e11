// Dates as TD SYNNEX writes them: `2026-11-25T10:15:00` (no zone; the simulator uses UTC) and
// `2026-11-28` for ETAs.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
