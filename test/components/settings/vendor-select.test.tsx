// Issue 10 §5: a vendor company Connect saved reads as saved, and stays changeable.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VendorSelect } from '../../../components/settings/vendor-select';
import { ApiProvider } from '../../../components/ui/api';
import type { TdSynnexConnectionView } from '../../../lib/messaging/results';
import { fakeApi } from '../fake-api';

const VENDORS = [
  { id: 29683001, name: 'TD SYNNEX Corporation', suggested: true },
  { id: 29683002, name: 'Ingram Micro', suggested: false },
];
const SAVED: TdSynnexConnectionView = {
  connected: true,
  customerNo: '123456',
  vendorCompanyId: 29683001,
  vendorCompanyName: 'TD SYNNEX Corporation',
};

describe('the TD SYNNEX vendor choice', () => {
  it('shows a saved company as saved, and saves another one picked', async () => {
    const views: TdSynnexConnectionView[] = [];
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
        <VendorSelect view={SAVED} onView={(view) => views.push(view)} />
      </ApiProvider>,
    );
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved: TD SYNNEX Corporation. Pick another company above to change it.',
    );
    expect(screen.queryByText('Not saved yet.')).toBeNull();

    await userEvent.setup().selectOptions(screen.getByLabelText('TD SYNNEX vendor'), '29683002');
    await vi.waitFor(() => expect(fake.sent('vendors.select')).toEqual([{ companyId: 29683002 }]));
    expect(views.at(-1)?.vendorCompanyName).toBe('Ingram Micro');
  });

  it('a suggestion not saved yet says so', async () => {
    const fake = fakeApi({ 'vendors.list': () => VENDORS });
    render(
      <ApiProvider api={fake.api}>
        <VendorSelect view={{ connected: true }} onView={() => undefined} />
      </ApiProvider>,
    );
    expect(await screen.findByText('Not saved yet.')).toBeTruthy();
    expect(screen.queryByText(/^Saved:/)).toBeNull();
  });
});
