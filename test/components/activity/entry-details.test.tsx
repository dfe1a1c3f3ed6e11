// Issue 10 §2: every failed or partial entry's details show a resolution from the hint catalogue with
// its action button, in the log's words — never a raw code like `invalid-sku`. Entries are written by
// the real producers (a clicked order check, the Create Orders template's reasons).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EntryDetails } from '../../../components/activity/entry-details';
import { LogSourceProvider } from '../../../components/activity/log-source';
import { ApiProvider } from '../../../components/ui/api';
import { HintActionProvider } from '../../../components/ui/error-hint';
import type { HintAction } from '../../../lib/hints/hints';
import { HINTS } from '../../../lib/hints/hints';
import { appendEntry, toLogEntryView } from '../../../lib/log/activity';
import { recentEntries } from '../../../lib/log/activity-reads';
import { createLogSource } from '../../../lib/log/query-source';
import { logCheck } from '../../../lib/orders/activity';
import { evaluateCheck } from '../../../lib/orders/check';
import { freshDb } from '../../lib/db/fresh-db';
import { checkedPo } from '../../lib/orders/fixtures';
import { fakeApi } from '../fake-api';

const PO = checkedPo([
  { itemId: 1, productId: 71, sku: '9999999', description: 'Typo', quantity: 1, unitCost: 10 },
]);

async function showNewest() {
  const [entry] = await recentEntries(1);
  const actions: HintAction[] = [];
  const fake = fakeApi({});
  render(
    <ApiProvider api={fake.api}>
      <HintActionProvider value={(action) => actions.push(action)}>
        <LogSourceProvider source={createLogSource()}>
          <EntryDetails entry={toLogEntryView(entry!)} save={() => {}} onClose={() => {}} />
        </LogSourceProvider>
      </HintActionProvider>
    </ApiProvider>,
  );
  const region = screen.getByRole('region', { name: 'Entry details' });
  await within(region).findByRole('list', { name: 'Failed items' });
  return { region, actions, user: userEvent.setup() };
}

/** Codes and hint ids are internal words: none may be on screen. */
function expectNoRawCodes(region: HTMLElement) {
  const text = region.textContent ?? '';
  for (const code of [
    'invalid-sku',
    'not-ordered',
    'wrong-vendor',
    'wrong-status',
    'already-ordered',
    'order-check',
    'create-orders',
    ...HINTS.map((h) => h.id),
  ]) {
    if (code.includes('-')) expect(text, `raw code ${code} on screen`).not.toContain(code);
  }
}

describe('an entry’s details', () => {
  beforeEach(freshDb);

  it('gives an unknown SKU its label, the Invalid SKU resolution and the Run Product Sync button', async () => {
    await logCheck('PO-1042', evaluateCheck(PO, new Map(), { priceDriftPercent: 5, now: 0 }), {
      clicked: true,
    });
    const { region, actions, user } = await showNewest();
    expect(within(region).getByText('Order check')).toBeTruthy();
    const failed = within(region).getByRole('list', { name: 'Failed items' });
    // The message names the PO's distributor as the order code resolved it.
    expect(within(failed).getByRole('listitem').textContent).toMatch(
      /^9999999 Unknown SKU — .+ does not know SKU 9999999\.$/,
    );
    expect(within(region).getByText('Recommended resolution')).toBeTruthy();
    expect(within(region).getAllByText('Invalid SKU during order submission').length).toBeGreaterThan(0);
    await user.click(within(region).getAllByRole('button', { name: 'Run Product Sync' })[0]!);
    expect(actions.map((a) => a.id)).toEqual(['run-product-sync']);
    expectNoRawCodes(region);
  });

  it('shows "No orders created" with the reason per PO and Open template settings', async () => {
    await appendEntry(
      {
        template: 'create-orders',
        operation: 'order-submission',
        result: 'success',
        summary:
          'No orders created: 2 purchase order(s) in status "Submitted" cannot be ordered (see why per PO).',
        hintId: 'no-orders-created',
      },
      [
        {
          key: 'PO-1043',
          outcome: 'already-ordered',
          message: 'It already holds order number 40999999.',
          hintId: 'no-orders-created',
        },
        {
          key: 'PO-1046',
          outcome: 'wrong-vendor',
          message: 'Its vendor is not the company chosen as TD SYNNEX in Options.',
          hintId: 'no-orders-created',
        },
      ],
    );
    const { region, actions, user } = await showNewest();
    expect(within(region).getByText('Create Orders from Autotask')).toBeTruthy();
    const failed = within(region).getByRole('list', { name: 'Failed items' });
    expect(
      within(failed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'PO-1043 Already ordered — It already holds order number 40999999.',
      'PO-1046 Other vendor — Its vendor is not the company chosen as TD SYNNEX in Options.',
    ]);
    await user.click(within(region).getAllByRole('button', { name: 'Open template settings' })[0]!);
    expect(actions.map((a) => a.id)).toEqual(['open-template-settings']);
    expectNoRawCodes(region);
  });

  it('names the entry’s distributor and fills its hints with that distributor’s label', async () => {
    await appendEntry(
      {
        template: 'manual',
        operation: 'order-check',
        result: 'partial',
        summary: 'Checked PO-1042: 1 of 2 lines needs attention.',
        distributor: 'tdsynnex',
        hintId: 'invalid-sku',
      },
      [
        { key: '9999999', outcome: 'invalid-sku', message: 'Not found.', hintId: 'invalid-sku' },
        { key: '5432101', outcome: 'ok' },
      ],
    );
    const { region } = await showNewest();
    const facts = within(region).getByText('Distributor');
    expect(facts.nextElementSibling?.textContent).toBe('TD SYNNEX');
    const hint = within(region).getAllByText(/does not know the SKU on this line/)[0]!;
    expect(hint.textContent).toMatch(/^TD SYNNEX does not know the SKU/);
    expect(region.textContent).not.toContain('{distributor}');
    expect(region.textContent).not.toContain('the distributor does not know');
    expectNoRawCodes(region);
  });
});
