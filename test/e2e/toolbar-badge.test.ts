// Issue 13 §3 in real Chromium: the toolbar badge counts the failed and partial entries logged since
// the popup was last opened. Both entries come from the worker's own append path — a Connect refused
// by Autotask (failed) and a Connect whose API user cannot read costs (partial) — and opening the
// popup clears the badge.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page, Worker } from 'playwright-core';
import { DEMO } from './harness/demo-accounts';
import { sendFromExtensionPage } from './harness/messages';
import { startSession } from './harness/session';
import type { Session } from './harness/session';
import { eventually } from './harness/wait';

interface ActionApi {
  getBadgeText(details: object): Promise<string>;
  getBadgeBackgroundColor(details: object): Promise<number[]>;
  getTitle(details: object): Promise<string>;
}

let session: Session;
let options: Page;

const { userName, secret, integrationCode } = DEMO.autotask;

before(async () => {
  session = await startSession();
  options = await session.browser.openExtensionPage('options.html');
});

after(async () => {
  await session?.close();
});

/** The badge as the browser shows it, read in the service worker (chrome.action needs no permission). */
async function badge(sw: Worker): Promise<{ text: string; colour: number[]; title: string }> {
  return sw.evaluate(async () => {
    const action = (globalThis as unknown as { chrome: { action: ActionApi } }).chrome.action;
    return {
      text: await action.getBadgeText({}),
      colour: await action.getBadgeBackgroundColor({}),
      title: await action.getTitle({}),
    };
  });
}

test('the badge counts a failed and a partial entry, and opening the popup clears it', async () => {
  const sw = await session.browser.serviceWorker();
  assert.equal((await badge(sw)).text, '', 'nothing to report on a fresh install');

  const refused = await sendFromExtensionPage(options, 'autotask.connect', {
    userName,
    secret: 'not-the-secret',
    integrationCode,
  });
  assert.equal(refused.ok, false, 'Autotask refuses a wrong secret');
  assert.equal(
    (
      await eventually(
        () => badge(sw),
        (b) => b.text === '1',
        { what: 'the badge after a failed Connect' },
      )
    ).title,
    'Autotask Bridge — 1 failed since you last looked',
  );

  session.sandbox.autotask.knobs.noCosts = true;
  const partial = await sendFromExtensionPage(options, 'autotask.connect', {
    userName,
    secret,
    integrationCode,
  });
  assert.equal(partial.ok, true, 'the demo credentials connect, with a warning');
  const shown = await eventually(
    () => badge(sw),
    (b) => b.text === '2',
    { what: 'the badge after a partial Connect' },
  );
  assert.equal(shown.title, 'Autotask Bridge — 1 failed, 1 partial since you last looked');
  assert.deepEqual(shown.colour, [0xb3, 0x26, 0x1e, 255], 'red: something failed');

  const popup = await session.browser.openExtensionPage('popup.html');
  await popup.getByRole('heading', { name: 'Latest activity' }).waitFor();
  const cleared = await eventually(
    () => badge(sw),
    (b) => b.text === '',
    { what: 'the badge to clear' },
  );
  assert.equal(cleared.title, 'Autotask Bridge');
  await popup.close();
});
