// The loopback sandbox as Chromium sees it: production host names reach the simulators, and a TD
// SYNNEX response the simulator drops is lost — not silently re-sent by the browser, which is what
// would happen on a reused keep-alive connection (TDSYNNEX-XML.md rule 7). Issue 3's exactly-once
// ordering is tested on top of this.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Worker } from 'playwright-core';
import { DEMO } from './harness/demo-accounts';
import { startSession } from './harness/session';
import type { Session } from './harness/session';

const PRICE_URL = 'https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability';
const PRICE_REQUEST = `<?xml version="1.0" encoding="UTF-8"?><priceRequest><customerNo>${DEMO.tdsynnex.customerNo}</customerNo><userName>${DEMO.tdsynnex.userId}</userName><password>${DEMO.tdsynnex.password}</password><skuList><synnexSKU>${DEMO.purchaseOrder.skus[0]}</synnexSKU><lineNumber>1</lineNumber></skuList></priceRequest>`;

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

/** A POST from the extension's own service worker, as the TD SYNNEX adapter sends it. */
function postFromWorker(worker: Worker): Promise<string> {
  return worker.evaluate(
    async ({ url, body }) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/xml' },
        });
        return `${response.status} ${await response.text()}`;
      } catch (error) {
        return `failed: ${String(error)}`;
      }
    },
    { url: PRICE_URL, body: PRICE_REQUEST },
  );
}

test("the extension's worker reaches TD SYNNEX's production host name in the sandbox", async () => {
  const reply = await postFromWorker(await session.browser.serviceWorker());
  assert.match(reply, /^200 /);
  assert.match(reply, /5432101/);
});

test('a TD SYNNEX response the simulator drops fails the fetch and is sent exactly once', async () => {
  const worker = await session.browser.serviceWorker();
  await postFromWorker(worker); // a connection that keep-alive would reuse, were it allowed
  session.sandbox.tdsynnex.faults.dropNext(1);
  const seenBefore = session.sandbox.tdsynnex.requests.length;

  const reply = await postFromWorker(worker);

  assert.match(reply, /^failed: /);
  const seen = session.sandbox.tdsynnex.requests.slice(seenBefore).map((r) => r.outcome);
  assert.deepEqual(seen, ['dropped'], 'one request, dropped — no transparent re-send');
});
