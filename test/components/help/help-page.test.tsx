import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpPage } from '../../../components/help/help-page';
import { ApiProvider } from '../../../components/ui/api';
import { HINT_ENTRIES } from '../../../lib/hints/catalogue';
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
  it('has a troubleshooting row, anchored by its id, for every hint in the catalogue', () => {
    renderHelp();
    const table = within(screen.getByRole('region', { name: 'Troubleshooting' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.id)).toEqual(HINT_ENTRIES.map((hint) => hint.id));
    for (const hint of HINT_ENTRIES) {
      expect(document.getElementById(hint.id)?.textContent).toContain(hint.resolution);
    }
  });

  it('guides the setup of the API-only user, the integration code and the TD SYNNEX account', () => {
    renderHelp();
    const setup = screen.getByRole('region', { name: 'Setup' }).textContent ?? '';
    expect(setup).toContain('API User (API-only)');
    expect(setup).toContain('API integration code');
    expect(setup).toContain('EC Express');
    expect(setup).toMatch(/US.*CA/);
    expect(setup).toContain('Test');
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
