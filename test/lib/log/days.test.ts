// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { lastDayStarts } from '../../../lib/log/days';

const HOUR = 3_600_000;
const zone = process.env.TZ;
afterEach(() => {
  // Node reads TZ again whenever it is assigned.
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('lastDayStarts', () => {
  it('gives local midnights, oldest first, with the 23-hour day of a DST change', () => {
    process.env.TZ = 'Europe/Berlin';
    // 30 March 2026, 10:00 in Berlin; summer time began on the 29th.
    const starts = lastDayStarts(3, Date.UTC(2026, 2, 30, 8));
    const berlin28 = Date.UTC(2026, 2, 27, 23);
    expect(starts).toEqual([berlin28, berlin28 + 24 * HOUR, berlin28 + 47 * HOUR]);
  });

  it('ends with the day `now` falls in, even at its first millisecond', () => {
    process.env.TZ = 'UTC';
    const midnight = Date.UTC(2026, 0, 1);
    expect(lastDayStarts(2, midnight)).toEqual([midnight - 24 * HOUR, midnight]);
    expect(lastDayStarts(1, midnight - 1)).toEqual([midnight - 24 * HOUR]);
  });
});
