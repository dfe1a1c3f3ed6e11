// The log page starts reading its first screen before React mounts (issue 14): the view's first call
// for that query takes the read under way; any other call reads afresh.
import { describe, expect, it, vi } from 'vitest';
import { withFirstScreenStarted } from '../../../components/activity/first-screen-early';
import type { LogSource } from '../../../components/activity/log-source';
import type { LogEntryView } from '../../../lib/messaging/results';

function countingSource() {
  const first = vi.fn(async (): Promise<LogEntryView[]> => []);
  return { source: { first } as unknown as LogSource, first };
}

describe('withFirstScreenStarted', () => {
  it('reads at once, and hands that read to the first matching call only', async () => {
    const { source, first } = countingSource();
    const early = withFirstScreenStarted(source, { result: 'failed' }, 40);
    expect(first).toHaveBeenCalledTimes(1); // before anything asked
    const taken = early.first({ result: 'failed' }, 40);
    expect(first).toHaveBeenCalledTimes(1);
    await taken;
    await early.first({ result: 'failed' }, 40); // a refresh reads again
    expect(first).toHaveBeenCalledTimes(2);
  });

  it('reads afresh when the first call asks for another query', async () => {
    const { source, first } = countingSource();
    const early = withFirstScreenStarted(source, {}, 40);
    await early.first({ template: 'product-sync' }, 40);
    expect(first.mock.calls.map((call) => call as unknown[])).toEqual([
      [{}, 40],
      [{ template: 'product-sync' }, 40],
    ]);
  });

  it('leaves no unhandled rejection when nobody takes a failed early read', async () => {
    const failing = { first: () => Promise.reject(new Error('closed')) } as unknown as LogSource;
    withFirstScreenStarted(failing, {}, 40);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
