// Issue 10 §3: the data-free change signal from the background to the sidebar, popup and content script.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { announceOrderChanged, watchChanges } from '../../../lib/settings/changes';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { distributorConnection } from '../../../lib/settings/settings';

beforeEach(() => fakeBrowser.reset());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('change signals', () => {
  it('every announced order change reaches a watcher, twice for the same PO too', async () => {
    const seen: unknown[] = [];
    const stop = watchChanges((signal) => seen.push(signal));
    await announceOrderChanged(1042, 1);
    await announceOrderChanged(1042, 1);
    await settle();
    expect(seen).toEqual([
      { topic: 'order', poId: 1042 },
      { topic: 'order', poId: 1042 },
    ]);
    stop();
    await announceOrderChanged(1042);
    await settle();
    expect(seen).toHaveLength(2);
  });

  it("any distributor's Connect or Disconnect is a connection change", async () => {
    const seen: unknown[] = [];
    const stop = watchChanges((signal) => seen.push(signal));
    // Every registered distributor's connection is watched, the last one as much as the first.
    await distributorConnection(DISTRIBUTORS[DISTRIBUTORS.length - 1]!.id).setValue({ connected: false });
    await settle();
    expect(seen).toEqual([{ topic: 'connection' }]);
    stop();
  });
});
