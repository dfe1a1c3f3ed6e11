// Issue 7 §5: every page of ours — sidebar, review window, popup, log view, options, help — passes
// axe-core without serious or critical violations in light and in dark mode, and can be used with
// the keyboard alone (every control is a Tab stop with a visible focus ring; key tasks by keys).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { seriousViolations, tabWalk } from '../security/e2e/a11y-tools';
import { DEMO, PAGES } from './harness/demo-accounts';
import { connectBothInOptions, startSession } from './harness/session';
import type { Session } from './harness/session';
import { sidebarFrame } from './harness/user';

let session: Session;
before(async () => {
  session = await startSession();
  await (await connectBothInOptions(session.browser)).close();
});
after(async () => {
  await session?.close();
});

interface Target {
  name: string;
  open(): Promise<{ page: Page; frame: Page | Frame }>;
}

const extensionPage = (path: string, ready: (p: Page) => Promise<unknown>) => async () => {
  const page = await session.browser.openExtensionPage(path);
  await ready(page);
  return { page, frame: page };
};

const TARGETS: Target[] = [
  {
    name: 'sidebar',
    async open() {
      const page = await session.browser.context.newPage();
      await page.goto(PAGES.purchaseOrder);
      const frame = await sidebarFrame(page, session.browser.extensionId, 15_000);
      await frame
        .getByRole('heading', { name: `Purchase order ${DEMO.purchaseOrder.number}` })
        .waitFor({ timeout: 15_000 });
      return { page, frame };
    },
  },
  {
    name: 'review window',
    // Confirm order is a Tab stop once the window has been in front for a second (issue 11 §1).
    open: extensionPage(`review.html?poId=${DEMO.purchaseOrder.id}`, (p) =>
      p.getByRole('button', { name: 'Confirm order', disabled: false }).waitFor({ timeout: 15_000 }),
    ),
  },
  {
    name: 'popup',
    // Its sections load on their own answers: the walk starts once the templates and entries are in.
    open: extensionPage('popup.html', async (p) => {
      await p.getByRole('heading', { name: 'Autotask Bridge' }).waitFor();
      await p.getByRole('region', { name: 'Templates' }).getByRole('listitem').first().waitFor();
      await p.getByRole('list', { name: 'Latest activity' }).waitFor();
    }),
  },
  {
    name: 'log view',
    open: extensionPage('log.html', (p) => p.getByRole('heading', { name: 'Activity log' }).waitFor()),
  },
  {
    name: 'options',
    open: extensionPage('options.html', (p) =>
      p.getByRole('heading', { name: 'Autotask', exact: true }).waitFor(),
    ),
  },
  { name: 'help', open: extensionPage('help.html', (p) => p.getByRole('heading').first().waitFor()) },
];

for (const target of TARGETS) {
  test(`${target.name}: no serious axe-core violations in light or dark mode`, async () => {
    const { page, frame } = await target.open();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await seriousViolations(frame);
      assert.deepEqual(
        violations,
        [],
        `${target.name} (${colorScheme}): ${JSON.stringify(violations, null, 1)}`,
      );
    }
    await page.close();
  });

  test(`${target.name}: every control is reachable with Tab and shows where focus is`, async () => {
    const { page, frame } = await target.open();
    await page.bringToFront();
    // Start inside the frame for the sidebar (a user tabs into it from the page).
    if (frame !== page) await (frame as Frame).locator('body').click({ position: { x: 2, y: 2 } });
    const { stops, allInteractive } = await tabWalk(page, frame);
    assert.ok(stops.length > 0, `no Tab stop in ${target.name}`);
    const unseen = stops.filter((s) => !s.visible);
    assert.deepEqual(unseen, [], `${target.name}: focus without a visible ring`);
    assert.ok(
      stops.length >= Math.min(allInteractive.length, 80),
      `${target.name}: ${stops.length} Tab stops for ${allInteractive.length} controls (${stops.map((s) => s.name).join(' | ')})`,
    );
    await page.close();
  });
}

test('keyboard only: find another purchase order from the sidebar', async () => {
  const { page, frame } = await TARGETS[0]!.open();
  const sidebar = frame as Frame;
  await sidebar
    .getByRole('searchbox', { name: 'Find purchase order' })
    .or(sidebar.getByLabel('Find purchase order'))
    .first()
    .focus();
  await page.keyboard.type('PO-1043');
  await page.keyboard.press('Enter');
  await sidebar.getByRole('heading', { name: /Purchase order PO-1043/ }).waitFor({ timeout: 15_000 });
  await page.close();
});

test('keyboard only: options connect form is filled and sent with keys', async () => {
  const page = await session.browser.openExtensionPage('options.html');
  const user = page.getByLabel('API user name');
  await user.waitFor();
  await user.focus();
  // Reconnect with the same demo account, by keys only.
  await page.keyboard.press('Control+A');
  await page.keyboard.type(DEMO.autotask.userName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.autotask.secret);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(DEMO.autotask.integrationCode);
  await page.keyboard.press('Enter');
  await page.getByText(`Connected to Autotask tenant ${DEMO.autotask.tenantId}`).waitFor({ timeout: 15_000 });
  await page.close();
});
