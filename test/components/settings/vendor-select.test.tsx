// Issue 10 §5: a vendor company Connect saved reads as saved, and stays changeable. Issue 12: the
// choice is per distributor, and a company standing for another distributor is refused.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VendorSelect } from '../../../components/settings/vendor-select';
import { ApiProvider } from '../../../components/ui/api';
import { distributorById } from '../../../lib/distributor/registry';
import type { DistributorConnectionView } from '../../../lib/messaging/results';
import { fakeApi, rejectWith } from '../fake-api';

const TDSYNNEX = distributorById('tdsynnex');
const VENDORS = [
  { id: 29683001, name: 'TD SYNNEX Corporation', suggested: true },
  { id: 29683002, name: 'Ingram Micro', suggested: false },
];
const SAVED: DistributorConnectionView = {
  connected: true,
  account: { customerNo: '123456', userId: 'ec-user', region: 'US', environment: 'production' },
  vendorCompanyId: 29683001,
  vendorCompanyName: 'TD SYNNEX Corporation',
};

describe('the vendor choice of a distributor', () => {
  it('shows a saved company as saved, and saves another one picked', async () => {
    const views: DistributorConnectionView[] = [];
    const fake = fakeApi({
      'vendors.list': () => VENDORS,
      'vendors.select': ({ companyId }) => ({
        ...SAVED,
        vendorCompanyId: companyId,
        vendorCompanyName: VENDORS.find((v) => v.id === companyId)!.name,
      }),
    });
    render(
      <ApiProvider api={fake.api}>
        <VendorSelect info={TDSYNNEX} view={SAVED} onView={(view) => views.push(view)} />
      </ApiProvider>,
    );
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved: TD SYNNEX Corporation. Pick another company above to change it.',
    );
    expect(fake.sent('vendors.list')).toEqual([{ distributor: 'tdsynnex' }]);
    expect(screen.queryByText('Not saved yet.')).toBeNull();

    await userEvent.setup().selectOptions(screen.getByLabelText('TD SYNNEX vendor'), '29683002');
    await vi.waitFor(() =>
      expect(fake.sent('vendors.select')).toEqual([{ distributor: 'tdsynnex', companyId: 29683002 }]),
    );
    expect(views.at(-1)?.vendorCompanyName).toBe('Ingram Micro');
  });

  it('a suggestion not saved yet says so', async () => {
    const fake = fakeApi({ 'vendors.list': () => VENDORS });
    render(
      <ApiProvider api={fake.api}>
        <VendorSelect info={TDSYNNEX} view={{ connected: true }} onView={() => undefined} />
      </ApiProvider>,
    );
    expect(await screen.findByText('Not saved yet.')).toBeTruthy();
    expect(screen.queryByText(/^Saved:/)).toBeNull();
  });

  it('shows the background’s refusal of a company already standing for another distributor', async () => {
    const message = 'Ingram Micro already stands for Ingram Micro: choose another vendor company.';
    const views: DistributorConnectionView[] = [];
    const fake = fakeApi({
      'vendors.list': () => VENDORS,
      'vendors.select': rejectWith({
        kind: 'conflict',
        service: 'autotask',
        status: 0,
        code: 'vendor-taken',
        message,
      }),
    });
    render(
      <ApiProvider api={fake.api}>
        <VendorSelect info={TDSYNNEX} view={SAVED} onView={(view) => views.push(view)} />
      </ApiProvider>,
    );
    await userEvent.setup().selectOptions(await screen.findByLabelText('TD SYNNEX vendor'), '29683002');

    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(views).toEqual([]);
    // Still not saved: the choice waits for another company or a retry.
    expect(screen.getByText('Not saved yet.')).toBeTruthy();
  });
});
