import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpPage } from '../../../components/help/help-page';
import { HINT_ENTRIES } from '../../../lib/errors/hint-catalogue';

describe('the help page', () => {
  it('has a troubleshooting row, anchored by its id, for every hint in the catalogue', () => {
    render(<HelpPage />);
    const table = within(screen.getByRole('region', { name: 'Troubleshooting' })).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.id)).toEqual(HINT_ENTRIES.map((hint) => hint.id));
    for (const hint of HINT_ENTRIES) {
      expect(document.getElementById(hint.id)?.textContent).toContain(hint.resolution);
    }
  });

  it('guides the setup of the API-only user, the integration code and the TD SYNNEX account', () => {
    render(<HelpPage />);
    const setup = screen.getByRole('region', { name: 'Setup' }).textContent ?? '';
    expect(setup).toContain('API User (API-only)');
    expect(setup).toContain('API integration code');
    expect(setup).toContain('EC Express');
    expect(setup).toMatch(/US.*CA/);
    expect(setup).toContain('Test');
  });
});
