// Issue 11 §3 in real Chromium: each simulator answers 301/302/307/308 pointing at a second host
// the extension may reach (webservices99.autotask.net, ec.ca.tdsynnex.com — inside the host
// permissions, so no CORS stands in the way). Chromium must not follow: the second host receives
// no Secret / UserName / ApiIntegrationCode header and no XML password, and the call fails.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RedirectStatus } from '../sandbox/redirect';
import { recordFigure } from '../security/figures';
import { DEMO } from './harness/demo-accounts';
import { sendFromExtensionPage } from './harness/messages';
import { connectBothInOptions, startSession } from './harness/session';
import type { Session } from './harness/session';

const STATUSES: RedirectStatus[] = [301, 302, 307, 308];
const SECRETS = [
  DEMO.autotask.secret,
  DEMO.autotask.integrationCode,
  DEMO.autotask.userName,
  DEMO.tdsynnex.password,
];

let session: Session;
let options: Page;
const tally = { redirects: 0, refused: 0, reachedTarget: 0, leaks: [] as string[] };

before(async () => {
  session = await startSession();
  options = await connectBothInOptions(session.browser);
});
after(async () => {
  recordFigure('redirects-chromium', {
    label: 'Credentialed redirects (Chromium e2e)',
    counts: {
      redirects: tally.redirects,
      refused: tally.refused,
      'requests at target': tally.reachedTarget,
      'credentials sent': tally.leaks.length,
    },
    mustBeZero: ['credentials sent'],
    minimums: { redirects: 8, refused: 8 },
  });
  await session?.close();
});

function checkTarget(): void {
  const received = session.sandbox.redirectTarget.received.splice(0);
  tally.reachedTarget += received.length;
  for (const r of received) {
    const text = `${JSON.stringify(r.headers)}\n${r.body}`;
    for (const header of ['secret', 'username', 'apiintegrationcode'])
      if (header in r.headers) tally.leaks.push(`${r.method} ${r.url}: header ${header}`);
    for (const secret of SECRETS)
      if (text.includes(secret)) tally.leaks.push(`${r.method} ${r.url}: a credential`);
  }
}

for (const status of STATUSES) {
  test(`Autotask answering ${status} to another host: not followed, nothing sent there`, async () => {
    session.sandbox.autotask.redirects.redirectNext(
      status,
      'https://webservices99.autotask.net/__redirect-target/at',
      {
        urlPart: '/PurchaseOrders/1042',
      },
    );
    const reply = await sendFromExtensionPage(options, 'purchaseOrder.get', { poId: 1042 });
    tally.redirects += 1;
    checkTarget();
    assert.equal(reply.ok, false, JSON.stringify(reply).slice(0, 200));
    if (!reply.ok && reply.error.code === 'redirect-refused') tally.refused += 1;
    assert.deepEqual(tally.leaks, []);
  });

  test(`TD SYNNEX answering ${status} to another host: the XML password is not re-sent`, async () => {
    session.sandbox.tdsynnex.redirects.redirectNext(
      status,
      'https://ec.ca.tdsynnex.com/__redirect-target/td',
    );
    const reply = await sendFromExtensionPage(options, 'distributor.reconnect', {
      distributor: 'tdsynnex',
      secrets: { password: DEMO.tdsynnex.password },
    });
    tally.redirects += 1;
    checkTarget();
    assert.equal(reply.ok, false, JSON.stringify(reply).slice(0, 200));
    if (!reply.ok && reply.error.code === 'redirect-refused') tally.refused += 1;
    assert.deepEqual(tally.leaks, []);
  });
}
