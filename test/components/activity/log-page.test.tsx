import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { LogPage } from '../../../components/activity/log-page';
import { LogSourceProvider } from '../../../components/activity/log-source';
import { ApiProvider } from '../../../components/ui/api';
import { HintActionProvider } from '../../../components/ui/error-hint';
import type { HintAction } from '../../../lib/hints/hints';
import { appendEntry } from '../../../lib/log/activity';
import { createLogSource } from '../../../lib/log/query-source';
import { freshDb } from '../../lib/db/fresh-db';
import { fakeApi } from '../fake-api';

const T0 = new Date(2026, 10, 25, 9, 0).getTime();
const MINUTE = 60_000;

async function seed() {
  await appendEntry({
    at: T0,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'success',
    summary: 'Product Sync: 3 updated',
  });
  await appendEntry(
    {
      at: T0 + MINUTE,
      template: 'product-sync',
      operation: 'product-sync',
      result: 'partial',
      summary: 'Product Sync: 2 updated, 1 failed',
    },
    [
      { key: '5432101', outcome: 'updated' },
      {
        key: '5432102',
        outcome: 'failed',
        message: 'Unknown SKU',
        error: {
          kind: 'validation',
          service: 'distributor',
          distributor: 'tdsynnex',
          status: 200,
          code: 'invalid-sku',
          message: 'Invalid SKU 5432102',
        },
      },
      { key: '5432103', outcome: 'updated' },
    ],
  );
  await appendEntry({
    at: T0 + 2 * MINUTE,
    template: 'manual',
    operation: 'connection',
    result: 'failed',
    summary: 'Autotask rejected the credentials',
    error: { kind: 'auth', service: 'autotask', status: 401, message: 'Unauthorized' },
    hintId: 'autotask-unauthorized',
  });
  await appendEntry({
    at: T0 + 3 * MINUTE,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'failed',
    summary: 'Product Sync: TD SYNNEX unreachable',
  });
}

function renderPage(props: Partial<Parameters<typeof LogPage>[0]> = {}, source = createLogSource()) {
  const saved: { blob: Blob; name: string }[] = [];
  const actions: HintAction[] = [];
  const fake = fakeApi({
    'templates.list': () => [{ id: 'product-sync', name: 'Product Sync', enabled: true, running: false }],
    'log.retention': ({ days }) => ({ days: days ?? 30 }),
    'log.supportReport': () => ({
      text: 'Autotask tenant id: 684213',
      json: '{"autotask":{"tenantId":684213}}',
      entryCount: 1,
    }),
  });
  render(
    <ApiProvider api={fake.api}>
      <HintActionProvider value={(action) => actions.push(action)}>
        <LogSourceProvider source={source}>
          <LogPage now={T0 + 10 * MINUTE} save={(blob, name) => saved.push({ blob, name })} {...props} />
        </LogSourceProvider>
      </HintActionProvider>
    </ApiProvider>,
  );
  return { fake, saved, actions, user: userEvent.setup() };
}

const list = () => screen.getByRole('list', { name: 'Log entries' });
const rowTexts = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((row) => row.textContent ?? '');
const csvRows = async (blob: Blob) => Papa.parse<string[]>(await blob.text(), { skipEmptyLines: true }).data;
/** One column of a CSV by its header, so a new column does not shift what a test reads. */
const column = (rows: string[][], header: string) => {
  const at = rows[0]!.indexOf(header);
  expect(at, `CSV has a "${header}" column`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((row) => row[at]);
};

describe('the full log page', () => {
  beforeEach(freshDb);

  it('lists every entry newest first with its time, template name, operation type and result', async () => {
    await seed();
    renderPage();
    await screen.findByText('Product Sync: TD SYNNEX unreachable');
    expect(await screen.findByText('4 entries')).toBeTruthy();
    // Template names come from the background once the first rows are on screen.
    await waitFor(() => expect(rowTexts()[0]).toContain('Product Sync'));
    const rows = rowTexts();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/Product Sync.*Product sync.*Failed.*TD SYNNEX unreachable/);
    expect(rows[1]).toMatch(/Manual.*Connection.*Failed/);
    expect(rows[2]).toContain('Partial success');
    expect(rows[3]).toContain('Success');
  });

  it('heads the columns: date, template, operation, result, summary', async () => {
    await seed();
    renderPage();
    await screen.findByText('4 entries');
    const head = document.querySelector('.log-head');
    expect([...(head?.children ?? [])].map((c) => c.textContent)).toEqual([
      'Date',
      'Template',
      'Operation',
      'Result',
      'Summary',
    ]);
  });

  it('keeps a row’s whole summary, to read on hover and in full in the details', async () => {
    const summary = `Product Sync: ${'5432101 updated, '.repeat(20)}done`;
    await appendEntry({
      at: T0,
      template: 'product-sync',
      operation: 'product-sync',
      result: 'success',
      summary,
    });
    renderPage();
    const row = await screen.findByRole('button', { name: new RegExp(summary.slice(0, 40)) });
    expect(row.textContent).toContain(summary);
    expect(row.querySelector('.log-summary')?.getAttribute('title')).toBe(summary);
  });

  it('makes the details follow the filter: the first matching entry, or closed when none matches', async () => {
    await seed();
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: /Autotask rejected the credentials/ }));
    const details = () => screen.queryByRole('region', { name: 'Entry details' });
    expect(details()?.textContent).toContain('Autotask rejected the credentials');
    await user.selectOptions(screen.getByLabelText('Result'), 'Partial success');
    await screen.findByText('1 entry');
    await waitFor(() => expect(details()?.textContent).toContain('Product Sync: 2 updated, 1 failed'));
    await user.type(screen.getByLabelText('Search'), 'no-such-sku');
    await screen.findByText('No entries match.');
    await waitFor(() => expect(details()).toBeNull());
  });

  it('keeps the details of an entry that still matches the new filter', async () => {
    await seed();
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: /Autotask rejected the credentials/ }));
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await screen.findByText('2 entries');
    expect(screen.getByRole('region', { name: 'Entry details' }).textContent).toContain(
      'Autotask rejected the credentials',
    );
  });

  it('filters by template and result at once', async () => {
    await seed();
    const { user } = renderPage();
    // The template list is read once the whole list is counted (after the first screen).
    await screen.findByRole('option', { name: 'Product Sync' }, { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText('Template'), 'Product Sync');
    await screen.findByText('3 entries');
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await screen.findByText('1 entry');
    await waitFor(() => expect(rowTexts()).toEqual([expect.stringContaining('TD SYNNEX unreachable')]));
  });

  it('starts reading a new filter’s first screen in the change event, before the page renders it, and only once', async () => {
    await seed();
    const real = createLogSource();
    // For each first-screen read: its query, and the query the list showed when the read started.
    const reads: { query: string; listShowed: string | null }[] = [];
    const source = {
      ...real,
      first: (query: Parameters<typeof real.first>[0], limit: number) => {
        const listShowed = document.querySelector('.log-list')?.getAttribute('data-query') ?? null;
        reads.push({ query: JSON.stringify(query), listShowed });
        return real.first(query, limit);
      },
    };
    const { user } = renderPage({}, source);
    await screen.findByRole('option', { name: 'Product Sync' }, { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await screen.findByText('2 entries');
    const failed = JSON.stringify({ result: 'failed' });
    expect(reads.filter((r) => r.query === failed)).toEqual([{ query: failed, listShowed: '{}#0' }]);
    await waitFor(() => expect(rowTexts()).toHaveLength(2));
  });

  it('searches by a SKU that only an item of an entry holds', async () => {
    await seed();
    const { user } = renderPage();
    await screen.findByText('4 entries');
    await user.type(screen.getByLabelText('Search'), '5432102');
    await screen.findByText('1 entry');
    await waitFor(() => expect(rowTexts()).toEqual([expect.stringContaining('2 updated, 1 failed')]));
  });

  it('shows a failed entry’s recommended resolution with its action button', async () => {
    await seed();
    const { user, actions } = renderPage();
    await user.click(await screen.findByRole('button', { name: /Autotask rejected the credentials/ }));
    const details = screen.getByRole('region', { name: 'Entry details' });
    expect(within(details).getByText('Recommended resolution')).toBeTruthy();
    expect(within(details).getByText(/Autotask rejected the API credentials/)).toBeTruthy();
    await user.click(within(details).getByRole('button', { name: 'Reconnect Autotask' }));
    expect(actions.map((a) => a.id)).toEqual(['reconnect-autotask']);
  });

  it('shows exactly which items of a partial success failed, with their resolution', async () => {
    await seed();
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: /2 updated, 1 failed/ }));
    const failed = await screen.findByRole('list', { name: 'Failed items' });
    expect(
      within(failed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['5432102 Failed — Unknown SKU']);
    expect(screen.getByText('Failed items (1 of 3)')).toBeTruthy();
    expect(screen.getByText('Invalid SKU during order submission')).toBeTruthy();
  });

  it('exports exactly the filtered entries as CSV', async () => {
    await seed();
    const { user, saved } = renderPage();
    await screen.findByText('4 entries');
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await screen.findByText('2 entries');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText(/Exported 2 entries/);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^autotask-bridge-log-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
    const rows = await csvRows(saved[0]!.blob);
    expect(column(rows, 'Result')).toEqual(['Failed', 'Failed']);
    expect(column(rows, 'Summary')).toEqual([
      'Product Sync: TD SYNNEX unreachable',
      'Autotask rejected the credentials',
    ]);
    // The labels the screen shows, next to the ids (issue 10 §2).
    expect(column(rows, 'Template')).toEqual(['Product Sync', 'Manual']);
    expect(column(rows, 'Template id')).toEqual(['product-sync', 'manual']);
  });

  it('starts the export the popup handed over, with the popup’s filter', async () => {
    await seed();
    const { saved } = renderPage({
      autoExport: true,
      initialFilter: { from: '', to: '', template: 'manual', result: '', search: '' },
    });
    await screen.findByText(/Exported 1 entries/);
    const rows = await csvRows(saved[0]!.blob);
    expect(column(rows, 'Template id')).toEqual(['manual']);
  });

  it('says how long entries are kept, suggests exporting, and changes the period', async () => {
    const { user, fake } = renderPage();
    expect(
      await screen.findByText(/Entries are kept for 30 days.*Export CSV to keep them longer/),
    ).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Keep entries for'), '90 days');
    await screen.findByText(/kept for 90 days/);
    expect(fake.sent('log.retention')).toContainEqual({ days: 90 });
  });

  it('copies a support report for an entry and offers it as JSON', async () => {
    await seed();
    const { user, fake, saved } = renderPage();
    await user.click(await screen.findByRole('button', { name: /Autotask rejected the credentials/ }));
    const details = screen.getByRole('region', { name: 'Entry details' });
    await user.click(within(details).getByRole('button', { name: 'Copy support report' }));
    expect(
      (await within(details).findByRole('textbox', { name: 'Support report' })) as HTMLTextAreaElement,
    ).toHaveProperty('value', 'Autotask tenant id: 684213');
    const [request] = fake.sent('log.supportReport');
    expect(request).toEqual({ entryIds: [expect.any(Number)] });
    await user.click(within(details).getByRole('button', { name: 'Download JSON' }));
    expect(await saved[0]?.blob.text()).toBe('{"autotask":{"tenantId":684213}}');
  });

  it('asks for a support report over the filtered range', async () => {
    await seed();
    const { user, fake } = renderPage();
    await screen.findByText('4 entries');
    await user.selectOptions(screen.getByLabelText('Result'), 'Failed');
    await screen.findByText('2 entries');
    await user.click(screen.getByRole('button', { name: 'Copy support report for these entries' }));
    await screen.findByRole('textbox', { name: 'Support report' });
    expect(fake.sent('log.supportReport')).toEqual([{ query: { result: 'failed' } }]);
    // A report for the old filter does not stay on screen under a new one.
    await user.selectOptions(screen.getByLabelText('Result'), 'All results');
    await screen.findByText('4 entries');
    expect(screen.queryByRole('textbox', { name: 'Support report' })).toBeNull();
  });

  it('charts the last 14 days of runs by result', async () => {
    await seed();
    renderPage();
    const chart = await screen.findByRole('img', { name: /Runs per day, last 14 days: 4 runs, 2 failed/ });
    expect(chart.querySelectorAll('g[data-day]')).toHaveLength(14);
  });

  it('renders only a window of rows however long the list', async () => {
    for (let i = 0; i < 300; i++) {
      await appendEntry({
        at: T0 + i,
        template: 'product-sync',
        operation: 'product-sync',
        result: 'success',
        summary: `#${i}`,
      });
    }
    renderPage();
    await screen.findByText('#299');
    expect(await screen.findByText('300 entries')).toBeTruthy();
    expect(rowTexts().length).toBeLessThan(40);
  });
});
