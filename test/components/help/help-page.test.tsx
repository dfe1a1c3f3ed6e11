import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpPage } from '../../../components/help/help-page';
import { ApiProvider } from '../../../components/ui/api';
import { DISTRIBUTORS } from '../../../lib/distributor/registry';
import { HINT_ENTRIES } from '../../../lib/hints/catalogue';
import { HINTS, hintById } from '../../../lib/hints/hints';
import { fakeApi } from '../fake-api';

function renderHelp(supportContact = '') {
  const fake = fakeApi({ 'settings.get': () => ({ runScheduledHere: false, supportContact }) });
  return render(
    <ApiProvider api={fake.api}>
      <HelpPage />
    </ApiProvider>,
  );
}

describe('the help page', () => {
  it('has a troubleshooting row, anchored by its id, for every hint, shared and distributor-own', () => {
    renderHelp();
    const table = within(screen.getByRole('region', { name: 'Troubleshooting' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.id)).toEqual(HINTS.map((hint) => hint.id));
    for (const hint of HINT_ENTRIES) {
      // A shared hint names "the distributor", never a placeholder.
      expect(document.getElementById(hint.id)?.textContent).toContain(hintById(hint.id)!.resolution);
    }
    expect(table.textContent).not.toContain('{distributor}');
    for (const info of DISTRIBUTORS) {
      for (const hint of info.hints)
        expect(document.getElementById(hint.id)?.textContent).toContain(hint.title);
    }
  });

  it('reads a shared distributor hint with "the distributor" in place of a name', () => {
    renderHelp();
    const row = document.getElementById('invalid-sku')!;
    expect(row.textContent).toMatch(/^.*[Tt]he distributor does not know the SKU/);
    for (const info of DISTRIBUTORS) expect(row.textContent).not.toContain(info.label);
  });

  it('guides the setup of the API-only user, the integration code and every distributor’s account', () => {
    renderHelp();
    const setup = screen.getByRole('region', { name: 'Setup' });
    const text = setup.textContent ?? '';
    expect(text).toContain('API User (API-only)');
    expect(text).toContain('API integration code');
    for (const info of DISTRIBUTORS) {
      const heading = within(setup).getByRole('heading', {
        name: new RegExp(`^\\d+\\. ${info.label} account$`),
      });
      const section = heading.nextElementSibling?.nextElementSibling as HTMLElement;
      for (const field of info.fields) expect(section.textContent).toContain(field.label);
    }
    // The registry's own options: TD SYNNEX's EC Express user and its US / CA regions.
    expect(text).toContain('EC Express');
    expect(text).toMatch(/US, CA/);
    expect(text).toContain('test');
  });

  it('says where to send a support report: the support contact set in Options, as a link', async () => {
    renderHelp('help@msp.example');
    const help = screen.getByRole('region', { name: 'Getting help' });
    const link = await within(help).findByRole('link', { name: 'help@msp.example' });
    expect(link.getAttribute('href')).toBe('mailto:help@msp.example');
    expect(help.textContent).toContain('Send support reports to help@msp.example');
  });

  it('says where to set a support contact when none is set', async () => {
    renderHelp('');
    const help = screen.getByRole('region', { name: 'Getting help' });
    expect(await within(help).findByText(/add one in Options → Support contact/)).toBeTruthy();
    expect(within(help).getByRole('link', { name: 'Open Options' }).getAttribute('href')).toBe(
      'options.html#support',
    );
  });
});
