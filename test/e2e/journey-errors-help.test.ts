// Issue 10 "Done when": walk each row of the Help page's troubleshooting table as a user. Each row
// the two simulators can produce is reproduced through a simulator knob and read where the user
// meets it — the sidebar's hint (title + action) or the problem under a PO line (resolution +
// action) — inside the viewport, never the generic "Something went wrong", never a raw code. Rows no
// knob can produce (a stopped worker, a full disk, an order on hold…) are read from a log entry's
// details instead. Every row is walked one way or the other.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { hintById } from '../../lib/hints/hints';
import type { Sandbox } from '../sandbox/server';
import { DEMO } from './harness/demo-accounts';
import { seedEntries } from './harness/log-seed';
import { startConnectedSession } from './harness/session';
import type { Session } from './harness/session';
import { section } from './harness/user';
import { expectVisibleToUser } from './harness/visible';
import {
  expectHint,
  expectTruthfulScreen,
  openPurchaseOrder,
  RAW_CODES,
  shootLightAndDark,
} from './journey-errors-world';

interface HelpRow {
  id: string;
  title: string;
  resolution: string;
}

/** Sets a fault up in the sandbox; returns what puts it back. */
type Arm = (sandbox: Sandbox) => () => void;

/** Faults shown as the sidebar's hint for the whole PO. Order matters: Disconnects come last. */
const SIDEBAR_FAULTS: [hintId: string, arm: Arm][] = [
  [
    'autotask-unauthorized',
    ({ autotask }) => {
      const user = autotask.db.users.get(DEMO.autotask.userName.toLowerCase())!;
      const secret = user.secret;
      user.secret = 'changed-in-autotask';
      return () => (user.secret = secret);
    },
  ],
  [
    'autotask-forbidden',
    ({ autotask }) => {
      autotask.knobs.forbidden.add('PurchaseOrders');
      return () => autotask.knobs.forbidden.clear();
    },
  ],
  [
    'autotask-hidden-records',
    ({ autotask }) => {
      autotask.knobs.emptyRows.add('PurchaseOrders');
      return () => autotask.knobs.emptyRows.clear();
    },
  ],
  [
    'tdsynnex-login',
    ({ tdsynnex }) => {
      const account = tdsynnex.accounts.all()[0]!;
      const password = account.password;
      account.password = 'changed-at-td-synnex';
      return () => (account.password = password);
    },
  ],
  [
    'distributor-unavailable',
    ({ tdsynnex }) => {
      tdsynnex.faults.failNext(50, 503, 'price');
      return () => tdsynnex.faults.clear();
    },
  ],
  [
    'network',
    ({ tdsynnex }) => {
      tdsynnex.faults.dropNext(50, 'price');
      return () => tdsynnex.faults.clear();
    },
  ],
  [
    'malformed-response',
    ({ tdsynnex }) => {
      tdsynnex.faults.malformedNext(50, 'price');
      return () => tdsynnex.faults.clear();
    },
  ],
];

/** Faults shown under the PO line they concern, several lines at once. */
const LINE_FAULTS: { hintIds: string[]; arm: Arm }[] = [
  {
    hintIds: ['discontinued', 'out-of-stock', 'price-drift'],
    arm: ({ tdsynnex }) => {
      const [first, second, third] = DEMO.purchaseOrder.skus.map((sku) => tdsynnex.catalogue.get(sku)!);
      const saved = [first!, second!, third!].map((p) => ({ ...p, stock: { ...p.stock } }));
      first!.status = 'Discontinued';
      second!.stock = Object.fromEntries(Object.keys(second!.stock).map((w) => [w, 0]));
      third!.price = Math.round(third!.price * 150) / 100;
      return () => saved.forEach((p) => tdsynnex.catalogue.add(p));
    },
  },
  {
    hintIds: ['invalid-sku'],
    arm: ({ autotask }) => {
      const vendorRow = autotask.db
        .rows(DEMO.autotask.tenantId, 'ProductVendors')
        .find((row) => row.vendorPartNumber === DEMO.purchaseOrder.skus[2])!;
      vendorRow.vendorPartNumber = '5499999';
      return () => (vendorRow.vendorPartNumber = DEMO.purchaseOrder.skus[2]);
    },
  },
];

/**
 * Faults a user causes by disconnecting; they end the walk through the sidebar. (With Autotask
 * disconnected no sidebar is shown at all — page.report — so "Autotask is not connected" is read in
 * the log.)
 */
const DISCONNECTS: [hintId: string, heading: string][] = [['distributor-not-connected', 'TD SYNNEX']];

let session: Session;
let rows: HelpRow[];
const walked = new Set<string>();

before(async () => {
  session = await startConnectedSession();
  const help = await session.browser.openExtensionPage('help.html');
  rows = await help.locator('#troubleshooting tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.id,
      title: tr.querySelector('th')?.textContent ?? '',
      resolution: tr.querySelectorAll('td')[1]?.textContent ?? '',
    })),
  );
  await help.close();
});
after(async () => {
  await session?.close();
});

function row(id: string): HelpRow {
  const found = rows.find((r) => r.id === id);
  assert.ok(found, `the Help page's troubleshooting table has no row ${id}`);
  return found;
}

/** Raw codes of this row (its own id, when not plain English) on screen. */
async function expectNoRawCodes(frame: Frame | Page, id: string) {
  await expectTruthfulScreen(frame);
  const text = await frame.locator('body').innerText();
  if (id.includes('-')) assert.ok(!text.includes(id), `${id}: its raw code is on screen`);
}

async function inSidebar(arm: Arm, check: (sidebar: Frame) => Promise<void>, shot?: string) {
  const undo = arm(session.sandbox);
  const { page, sidebar } = await openPurchaseOrder(session);
  try {
    await check(sidebar);
    if (shot) await shootLightAndDark(page, shot);
  } finally {
    undo();
    await page.close();
  }
}

/**
 * The hint as the sidebar of a TD SYNNEX PO shows it: the Help page's row says "the distributor",
 * the sidebar names the PO's distributor (lib/hints/hints.ts fills it in).
 */
function asShownFor(id: string) {
  row(id); // the Help page lists it
  const hint = hintById(id, 'tdsynnex');
  assert.ok(hint, `no hint ${id}`);
  return hint;
}

async function expectSidebarHint(sidebar: Frame, id: string) {
  const { title, action } = asShownFor(id);
  await expectHint(sidebar, title, action?.label);
  await expectNoRawCodes(sidebar, id);
  walked.add(id);
}

describe('every row of the Help page’s troubleshooting table, as a user meets it', () => {
  test('the table lists the catalogue', () => {
    assert.ok(rows.length >= 20, `${rows.length} rows`);
  });

  for (const [id, arm] of SIDEBAR_FAULTS) {
    test(`${id}: reproduced by the simulator, read in the sidebar with its action`, async () => {
      await inSidebar(arm, (sidebar) => expectSidebarHint(sidebar, id), id === 'network' ? id : undefined);
    });
  }

  for (const { hintIds, arm } of LINE_FAULTS) {
    test(`${hintIds.join(', ')}: read under the PO line with the resolution and action`, async () => {
      await inSidebar(
        arm,
        async (sidebar) => {
          for (const id of hintIds) {
            const { resolution } = asShownFor(id);
            const problem = sidebar.locator('.line-problem').filter({ hasText: resolution });
            const visible = { frame: sidebar, allowVerticalScroll: true, timeoutMs: 30_000 };
            await expectVisibleToUser(problem.getByText(resolution), visible);
            const action = asShownFor(id).action?.label;
            if (action) await expectVisibleToUser(problem.getByRole('button', { name: action }), visible);
            await expectNoRawCodes(sidebar, id);
            walked.add(id);
          }
        },
        hintIds.length > 1 ? 'line-problems' : undefined,
      );
    });
  }

  for (const [id, heading] of DISCONNECTS) {
    test(`${id}: a deliberate Disconnect, read in the sidebar with Connect in Options`, async () => {
      const options = await session.browser.openExtensionPage('options.html');
      const form = section(options, heading);
      await form.getByRole('button', { name: 'Disconnect' }).click();
      await form.getByRole('button', { name: /Yes, disconnect/ }).click();
      await form.getByRole('button', { name: 'Connect', exact: true }).waitFor({ timeout: 15_000 });
      await options.close();
      await inSidebar(
        () => () => undefined,
        (sidebar) => expectSidebarHint(sidebar, id),
      );
    });
  }

  test('every other row reads truthfully in a log entry’s details, with its action', async () => {
    // "Something went wrong" is the fallback itself; every other row is a truthful message.
    const rest = rows.filter((r) => !walked.has(r.id) && r.id !== 'unexpected-error');
    const log = await session.browser.openExtensionPage('log.html');
    // Newest first: the walk reads the list from the top down, scrolling as a user would.
    const now = Date.now();
    await seedEntries(
      log,
      rest.map((r, i) => ({
        at: now - i * 1000,
        template: 'manual',
        operation: 'connection',
        result: 'failed' as const,
        summary: `Troubleshooting walk: ${r.title}`,
        hintId: r.id,
        keys: [],
      })),
    );
    await log.setViewportSize({ width: 1100, height: 900 });
    await log.reload();
    const list = log.getByRole('list', { name: 'Log entries' });
    const details = log.getByRole('region', { name: 'Entry details' });
    await list
      .getByRole('button', { name: /Troubleshooting walk/ })
      .first()
      .waitFor({ timeout: 15_000 });
    for (const r of rest) {
      const entry = list.getByRole('button', { name: `Troubleshooting walk: ${r.title}` }).first();
      for (let scrolls = 0; !(await entry.isVisible()); scrolls += 1) {
        assert.ok(scrolls < 30, `${r.id}: its entry is not in the log`);
        await list.evaluate((el) => el.scrollBy(0, 150));
        await log.waitForTimeout(200);
      }
      await entry.click();
      await expectVisibleToUser(details.locator('.hint h3', { hasText: r.title }), {
        allowVerticalScroll: true,
        timeoutMs: 15_000,
      });
      const action = hintById(r.id)?.action;
      if (action) {
        await expectVisibleToUser(details.getByRole('button', { name: action.label }).first(), {
          allowVerticalScroll: true,
        });
      }
      const shown = await details.innerText();
      assert.doesNotMatch(shown, /Something went wrong/i, `${r.id}: the generic error is shown`);
      for (const code of [...RAW_CODES, ...(r.id.includes('-') ? [r.id] : [])])
        assert.ok(!shown.includes(code), `${r.id}: raw code ${code}`);
      walked.add(r.id);
    }
    await log.close();
    const unwalked = rows.filter((r) => !walked.has(r.id) && r.id !== 'unexpected-error');
    assert.deepEqual(unwalked, [], 'every row is walked');
    console.log(
      `troubleshooting rows: ${rows.length - 1} walked · reproduced by a simulator ${rows.length - 1 - rest.length} · read in the log ${rest.length}`,
    );
  });
});
