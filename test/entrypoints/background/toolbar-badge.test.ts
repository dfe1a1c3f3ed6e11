// The toolbar badge as the worker keeps it (issue 13 §3): the failed and partial entries logged since
// the popup was last opened, recomputed from the database after each such append, when the popup
// says it opened, and at every worker start. The fake browser implements `action`'s badge and title.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { db } from '../../../lib/db/db';
import type { ActivityResult } from '../../../lib/db/records';
import { appendEntry } from '../../../lib/log/activity';
import { markSeen } from '../../../lib/log/unseen';
import { freshDb } from '../../lib/db/fresh-db';
import { senders } from '../../lib/messaging/senders';

const RED = [0xb3, 0x26, 0x1e, 255];
const AMBER = [0xff, 0xb3, 0x00, 255];

const startWorker = async () => {
  await background.main();
};

function log(result: ActivityResult) {
  return appendEntry({ template: 'order-status', operation: 'status-update', result, summary: result });
}

const badgeText = () => fakeBrowser.action.getBadgeText({});
const badge = async () => ({
  text: await badgeText(),
  colour: await fakeBrowser.action.getBadgeBackgroundColor({}),
  title: await fakeBrowser.action.getTitle({}),
});

beforeEach(async () => {
  await freshDb();
  // The popup was last opened a minute ago.
  await markSeen(Date.now() - 60_000);
});

describe('the toolbar badge', () => {
  it('counts the failed and partial entries logged since the popup was last opened', async () => {
    await startWorker();
    await log('partial');
    await expect.poll(badge).toEqual({
      text: '1',
      colour: AMBER,
      title: 'Autotask Bridge — 1 partial since you last looked',
    });

    await log('success');
    await log('failed');
    await log('failed');
    await expect.poll(badge).toEqual({
      text: '3',
      colour: RED,
      title: 'Autotask Bridge — 2 failed, 1 partial since you last looked',
    });
  });

  it('clears when the popup opens, and counts again from there', async () => {
    await startWorker();
    await log('failed');
    await log('partial');
    await expect.poll(badgeText).toBe('2');

    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { name: 'log.seen', payload: {} },
      senders.popup,
    );
    expect(reply).toEqual({ ok: true, value: { failed: 0, partial: 0 } });
    expect(await badge()).toMatchObject({ text: '', title: 'Autotask Bridge' });

    // Later than the mark by at least a millisecond: the mark is exclusive.
    await new Promise((resolve) => setTimeout(resolve, 2));
    await log('failed');
    await expect.poll(badgeText).toBe('1');
  });

  it('is not cleared by a page that frames the sidebar', async () => {
    await startWorker();
    await log('failed');
    await expect.poll(badgeText).toBe('1');
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { name: 'log.seen', payload: {} },
      senders.sidebar,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'sender-not-allowed' } });
    expect(await badgeText()).toBe('1');
  });

  it('shows the same count after a worker restart, and what another context logged meanwhile', async () => {
    await startWorker();
    await log('failed');
    await log('partial');
    await expect.poll(badgeText).toBe('2');

    // The worker stops: its globals and the browser's badge state are gone; the database is not.
    fakeBrowser.reset();
    expect(await badgeText()).toBe('');
    // An extension page writes an entry while no worker runs (no append listener in that context).
    await db.activity.add({
      at: Date.now(),
      template: 'manual',
      operation: 'connection',
      result: 'failed',
      summary: 'Connect failed',
      keys: [],
      itemCount: 0,
    });

    await startWorker();
    await expect.poll(badgeText).toBe('3');
  });

  it('shows 99+ above 99', async () => {
    await startWorker();
    for (let i = 0; i < 99; i++) await log(i % 2 ? 'failed' : 'partial');
    await expect.poll(badgeText).toBe('99');
    await log('failed');
    await expect.poll(badgeText).toBe('99+');
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Autotask Bridge — 50 failed, 50 partial since you last looked',
    );
  });
});
