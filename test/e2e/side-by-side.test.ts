// Issue 12 §3 "Done when": with TD SYNNEX and Ingram Micro both connected (both vendor companies
// chosen), the TD SYNNEX PO's line cards show Ingram Micro's price and stock beside TD SYNNEX's for
// every line Ingram's simulator knows — with the plain note where Ingram is cheaper in stock — and the
// product page of a product sold by both shows the two price cards side by side, the cheapest in
// stock marked. At a 400 px sidebar nothing overflows sideways; screenshots for the README.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Frame, Locator, Page } from 'playwright-core';
import { DEMO, PAGES } from './harness/demo-accounts';
import {
  BOTH_LINKED_PRODUCT,
  connectInOptionsPage,
  DISTRIBUTOR_CASES,
  INGRAM_CASE,
  money,
  TDSYNNEX_CASE,
  vendorRow,
} from './harness/distributors';
import { screenshot, startSession } from './harness/session';
import type { Session } from './harness/session';
import { sidebarFrame } from './harness/user';
import { expectNoSidewaysScroll, expectVisibleToUser } from './harness/visible';
import { eventually } from './harness/wait';

const SIDEBAR_WIDTH = 400;
/** Ingram's price for this line is set this much below TD SYNNEX's: the line the note must appear on. */
const CHEAPER_AT_INGRAM = '5432102';
const SAVING = 25;

let session: Session;
before(async () => {
  session = await startSession();
  try {
    const options = await connectInOptionsPage(
      () => session.browser.openExtensionPage('options.html'),
      DISTRIBUTOR_CASES,
    );
    await options.close();
  } catch (error) {
    await session.close();
    throw error;
  }
});
after(async () => {
  await session?.close();
});

/** The page at a desktop size, its sidebar widened to 400 px (the iframe's own width). */
async function openWithSidebar(url: string): Promise<{ page: Page; sidebar: Frame }> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(url);
  const sidebar = await sidebarFrame(page, session.browser.extensionId, 15_000);
  const frame = await sidebar.frameElement();
  await frame.evaluate((el, width) => ((el as HTMLElement).style.width = `${width}px`), SIDEBAR_WIDTH);
  await eventually(
    () => sidebar.evaluate(() => window.innerWidth),
    (w) => w === SIDEBAR_WIDTH,
    { what: `a ${SIDEBAR_WIDTH} px sidebar` },
  );
  return { page, sidebar };
}

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  return box;
}

function assertInside(box: Box, width: number, what: string): void {
  assert.ok(
    box.x >= -1 && box.x + box.width <= width + 1,
    `${what} overflows sideways: ${Math.round(box.x)}–${Math.round(box.x + box.width)} in ${width} px`,
  );
}

test('the TD SYNNEX PO shows Ingram Micro’s price and stock per line, and the note where Ingram is cheaper in stock', async () => {
  const { sandbox } = session;
  const ci = DEMO.autotask.tenantId;
  // Ingram is cheaper (and has enough in stock) for one line; the simulator's catalogue says so.
  const tdsPrice = TDSYNNEX_CASE.priceOf(sandbox, CHEAPER_AT_INGRAM);
  const cheaper = sandbox.ingram.catalogue.byVendorPartNumber(
    sandbox.tdsynnex.catalogue.get(CHEAPER_AT_INGRAM)!.mfgPN,
  )!;
  cheaper.customerPrice = Math.round((tdsPrice - SAVING) * 100) / 100;

  // What Ingram's simulator knows of each line: by the product's Ingram vendor row when it has one,
  // otherwise by its manufacturer part number (lib/orders/offers.ts).
  const db = sandbox.autotask.db;
  const items = db.rows(ci, 'PurchaseOrderItems').filter((i) => i.orderID === TDSYNNEX_CASE.poId);
  const lines = items.map((item) => {
    const productId = Number(item.productID);
    const tdsSku = String(vendorRow(sandbox, productId, TDSYNNEX_CASE.vendorId)!.vendorPartNumber);
    const ingramRow = vendorRow(sandbox, productId, INGRAM_CASE.vendorId);
    const mpn = String(db.get(ci, 'Products', productId)!.manufacturerProductName);
    const ingram = ingramRow
      ? sandbox.ingram.catalogue.get(String(ingramRow.vendorPartNumber))
      : sandbox.ingram.catalogue.byVendorPartNumber(mpn);
    return {
      tdsSku,
      quantity: Number(item.quantity),
      tds: {
        price: TDSYNNEX_CASE.priceOf(sandbox, tdsSku),
        available: TDSYNNEX_CASE.availableOf(sandbox, tdsSku),
      },
      ingram: ingram && {
        price: ingram.customerPrice,
        available: INGRAM_CASE.availableOf(sandbox, ingram.ingramPartNumber),
      },
    };
  });
  assert.ok(lines.filter((l) => l.ingram).length >= 2, 'Ingram knows at least two of the lines');

  const { page, sidebar } = await openWithSidebar(PAGES.purchaseOrderById(TDSYNNEX_CASE.poId));
  await sidebar
    .getByRole('heading', { name: `Purchase order ${TDSYNNEX_CASE.poNumber}` })
    .waitFor({ timeout: 15_000 });
  await sidebar.getByRole('button', { name: 'Submit to TD SYNNEX' }).waitFor({ timeout: 15_000 });
  // The sidebar's first check asks both distributors (one batched call each).
  await sidebar.getByText(/^Asking TD SYNNEX/).waitFor({ state: 'detached', timeout: 30_000 });

  let notes = 0;
  let quiet = 0;
  for (const line of lines) {
    const card = sidebar.getByRole('listitem', { name: `Line ${line.tdsSku}` });
    const offers = card.getByRole('list', { name: 'Other distributors' });
    const note = card.getByText(/^Ingram Micro has \d+ in stock at /);
    if (!line.ingram) {
      assert.equal(await offers.count(), 0, `line ${line.tdsSku}: Ingram does not know it, no row`);
      continue;
    }
    const row = offers.getByRole('listitem').filter({ hasText: 'Ingram Micro' });
    await expectVisibleToUser(row, { frame: sidebar, allowVerticalScroll: true, timeoutMs: 20_000 });
    await row.getByText(money(line.ingram.price), { exact: true }).waitFor({ timeout: 5_000 });
    await row.getByText(`${line.ingram.available} in stock`, { exact: true }).waitFor({ timeout: 5_000 });
    if (line.ingram.available >= line.quantity && line.ingram.price < line.tds.price) {
      await expectVisibleToUser(note, { frame: sidebar, allowVerticalScroll: true });
      assert.equal(
        (await note.textContent())?.trim(),
        `Ingram Micro has ${line.ingram.available} in stock at ${money(line.ingram.price)}, ${money(
          line.tds.price - line.ingram.price,
        )} less per unit than TD SYNNEX.`,
      );
      assert.equal(await row.getByText('Best offer', { exact: true }).count(), 1, 'Ingram marked best');
      notes += 1;
    } else if (line.tds.available >= line.quantity && line.tds.price <= line.ingram.price) {
      assert.equal(await note.count(), 0, `line ${line.tdsSku}: TD SYNNEX is the better choice, no note`);
      quiet += 1;
    }
    // The card and its Ingram row fit the 400 px sidebar.
    assertInside(await boxOf(card), SIDEBAR_WIDTH, `line card ${line.tdsSku}`);
    assertInside(await boxOf(row), SIDEBAR_WIDTH, `Ingram row of ${line.tdsSku}`);
  }
  assert.equal(notes, 1, 'the note on the line where Ingram is cheaper in stock');
  assert.ok(quiet >= 1, 'a line where TD SYNNEX stays the better choice, without a note');
  await expectNoSidewaysScroll(sidebar);

  await sidebar
    .getByRole('listitem', { name: `Line ${CHEAPER_AT_INGRAM}` })
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'side-by-side-po');
  await page.close();
});

test('the product page of a product sold by both shows two price cards side by side, the cheapest in stock marked', async () => {
  const { sandbox } = session;
  const tdsSku = BOTH_LINKED_PRODUCT.tdsSku;
  const offers = [
    {
      label: TDSYNNEX_CASE.label,
      sku: tdsSku,
      price: TDSYNNEX_CASE.priceOf(sandbox, tdsSku),
      available: TDSYNNEX_CASE.availableOf(sandbox, tdsSku),
    },
    {
      label: INGRAM_CASE.label,
      sku: INGRAM_CASE.productSku,
      price: INGRAM_CASE.priceOf(sandbox, INGRAM_CASE.productSku),
      available: INGRAM_CASE.availableOf(sandbox, INGRAM_CASE.productSku),
    },
  ];
  assert.notEqual(offers[0]!.price, offers[1]!.price, 'the two prices differ');
  const cheapest = offers
    .filter((o) => o.available > 0)
    .reduce((best, o) => (o.price < best.price ? o : best));

  const { page, sidebar } = await openWithSidebar(PAGES.product(BOTH_LINKED_PRODUCT.productId));
  const group = sidebar.getByRole('group', { name: 'Distributors' });
  const cards = group.getByRole('region');
  await eventually(
    () => cards.count(),
    (n) => n === 2,
    { what: 'two price cards', timeoutMs: 20_000 },
  );
  const boxes: Box[] = [];
  for (const offer of offers) {
    const card = cards.filter({ has: sidebar.getByRole('heading', { name: offer.label, exact: true }) });
    await expectVisibleToUser(card.getByRole('heading', { name: offer.label }), {
      frame: sidebar,
      allowVerticalScroll: true,
      timeoutMs: 15_000,
    });
    await card.getByText(offer.sku, { exact: true }).waitFor({ timeout: 10_000 });
    await card.getByText(money(offer.price), { exact: true }).waitFor({ timeout: 10_000 });
    await card.getByText(`${offer.available} available`).waitFor({ timeout: 10_000 });
    assert.equal(
      await card.getByText('Cheapest in stock', { exact: true }).count(),
      offer === cheapest ? 1 : 0,
      `${offer.label} ${offer === cheapest ? 'is' : 'is not'} marked cheapest in stock`,
    );
    const box = await boxOf(card);
    assertInside(box, SIDEBAR_WIDTH, `the ${offer.label} card`);
    boxes.push(box);
  }
  assert.equal(await group.getByText('Cheapest in stock', { exact: true }).count(), 1);
  // Side by side: same row, the second to the right of the first, without overlapping.
  const [left, right] = boxes as [Box, Box];
  assert.ok(Math.abs(left.y - right.y) < 2, `cards on one row: tops ${left.y} and ${right.y}`);
  assert.ok(right.x >= left.x + left.width - 1, `cards side by side: ${JSON.stringify(boxes)}`);
  await expectNoSidewaysScroll(sidebar);
  await screenshot(page, 'side-by-side-product');
  await page.close();
});
