import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProductSyncSection } from '../../../components/products/product-sync-section';
import { ApiProvider } from '../../../components/ui/api';
import { DEFAULT_PRODUCT_SYNC_SETTINGS } from '../../../lib/products/settings';
import type { ProductSyncSettingsView } from '../../../lib/products/views';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';

const VIEW: ProductSyncSettingsView = {
  settings: DEFAULT_PRODUCT_SYNC_SETTINGS,
  categories: ['Hardware', 'Software', 'Networking'],
  queued: 0,
  distributors: ['tdsynnex'],
};

function renderSection(handlers: Handlers = {}) {
  const fake = fakeApi({ 'productSync.settings': () => VIEW, ...handlers });
  render(
    <ApiProvider api={fake.api}>
      <ProductSyncSection />
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup() };
}

describe('the Product Sync section of the options page', () => {
  it('saves the schedule, a category mapping, the pricing rule and the fields it owns', async () => {
    const { fake, user } = renderSection({
      'productSync.saveSettings': (patch) => ({ ...VIEW, settings: { ...VIEW.settings, ...patch } }),
    });
    fireEvent.change(await screen.findByLabelText('Runs daily at'), { target: { value: '03:30' } });
    await user.type(screen.getByRole('textbox', { name: 'Distributor category' }), 'Notebooks');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Autotask category' }), 'Hardware');
    await user.click(screen.getByRole('button', { name: 'Add mapping' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pricing rule: method' }), 'margin');
    await user.click(screen.getByRole('checkbox', { name: 'Unit price' }));
    await user.click(screen.getByRole('button', { name: 'Save Product Sync settings' }));

    expect(await screen.findByText('Product Sync settings saved.')).toBeTruthy();
    const [sent] = fake.sent('productSync.saveSettings');
    // The switch (templates.setEnabled) is not this form's: saving it never turns the template on or off.
    expect(sent).not.toHaveProperty('enabled');
    expect(sent).toMatchObject({
      dailyAt: '03:30',
      categoryMapping: { Notebooks: 'Hardware' },
      defaultPricing: { method: 'margin', percent: 25, rounding: 'cents' },
      owned: { unitPrice: false, unitCost: true },
    });
    expect(
      within(screen.getByRole('table', { name: 'Category mapping' })).getByText('Notebooks'),
    ).toBeTruthy();
  });

  it('queues a catalogue file’s rows, parsed in the page', async () => {
    const { fake } = renderSection({
      'productSync.import': ({ entries }) => ({ added: entries.length, queued: entries.length }),
    });
    const input = (await screen.findByLabelText('Catalogue file (CSV)')) as HTMLInputElement;
    const csv =
      'SKU,Manufacturer part number,Manufacturer,Description,Category,Cost,MSRP\n7000001,P1,HP,Mouse,Accessories,9.50,12\n';
    fireEvent.change(input, { target: { files: [new File([csv], 'catalogue.csv', { type: 'text/csv' })] } });

    expect(await screen.findByText('1 products queued; 1 wait for the next Product Sync run.')).toBeTruthy();
    expect(fake.sent('productSync.import')).toEqual([
      {
        entries: [
          {
            sku: '7000001',
            mfgPartNumber: 'P1',
            manufacturer: 'HP',
            description: 'Mouse',
            category: 'Accessories',
            cost: 9.5,
            msrp: 12,
            distributor: 'tdsynnex',
          },
        ],
      },
    ]);
  });

  it('says which required columns a catalogue file lacks, and sends nothing', async () => {
    const { fake } = renderSection();
    const input = (await screen.findByLabelText('Catalogue file (CSV)')) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['SKU,Cost\n1,2'], 'x.csv')] } });
    expect(
      await screen.findByText(
        /lacks the columns: Manufacturer part number, Manufacturer, Description, Category, MSRP/,
      ),
    ).toBeTruthy();
    expect(fake.sent('productSync.import')).toEqual([]);
  });

  it('queues pasted SKUs with the category chosen at paste time', async () => {
    const { fake, user } = renderSection({
      'productSync.import': ({ entries }) => ({ added: entries.length, queued: 7 }),
    });
    await user.type(await screen.findByRole('textbox', { name: 'SKUs or part numbers' }), '7000001, 7000002');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Category for the pasted SKUs' }),
      'Networking',
    );
    await user.click(screen.getByRole('button', { name: 'Add pasted SKUs' }));
    expect(await screen.findByText(/2 products queued; 7 wait/)).toBeTruthy();
    expect(fake.sent('productSync.import')[0]?.entries).toEqual([
      { sku: '7000001', autotaskCategory: 'Networking', distributor: 'tdsynnex' },
      { sku: '7000002', autotaskCategory: 'Networking', distributor: 'tdsynnex' },
    ]);
    expect(screen.queryByRole('combobox', { name: 'New products from' })).toBeNull(); // one distributor
  });

  it('asks which distributor new products come from when several are connected', async () => {
    const { fake, user } = renderSection({
      'productSync.settings': () => ({ ...VIEW, distributors: ['tdsynnex', 'ingram'] }),
      'productSync.import': ({ entries }) => ({ added: entries.length, queued: 1 }),
    });
    const from = await screen.findByRole('combobox', { name: 'New products from' });
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['TD SYNNEX', 'Ingram Micro']);
    await user.selectOptions(from, 'ingram');
    await user.type(screen.getByRole('textbox', { name: 'SKUs or part numbers' }), 'IM-1');
    await user.click(screen.getByRole('button', { name: 'Add pasted SKUs' }));
    expect(await screen.findByText(/1 products queued/)).toBeTruthy();
    expect(fake.sent('productSync.import')[0]?.entries).toEqual([
      { sku: 'IM-1', autotaskCategory: 'Hardware', distributor: 'ingram' },
    ]);
  });

  it('previews the counts and the first changes without writing', async () => {
    const { user } = renderSection({
      'productSync.preview': () => ({
        linked: 20,
        wouldUpdate: 2,
        wouldCreate: 1,
        wouldDeactivate: 0,
        unchanged: 18,
        skipped: 0,
        firstChanges: [
          { sku: '5432102', action: 'update', productId: 72, changes: { vendorCost: '1099.00 → 1128.40' } },
        ],
        warnings: [],
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    expect(
      (await screen.findByText(/Would update 2, create 1, deactivate 0 of 20 linked products/)).textContent,
    ).toContain('Nothing was written.');
    const changes = screen.getByRole('table', { name: 'First changes' });
    expect(within(changes).getByText('vendorCost: 1099.00 → 1128.40')).toBeTruthy();
  });
});
