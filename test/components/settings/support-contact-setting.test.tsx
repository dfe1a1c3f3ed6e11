import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SupportContactSetting } from '../../../components/settings/support-contact-setting';
import { ApiProvider } from '../../../components/ui/api';
import { fakeApi } from '../fake-api';

function renderSetting(initial = '') {
  let stored = initial;
  const fake = fakeApi({
    'settings.get': () => ({ runScheduledHere: false, supportContact: stored }),
    'settings.update': (patch) => {
      stored = patch.supportContact ?? stored;
      return { runScheduledHere: false, supportContact: stored };
    },
  });
  render(
    <ApiProvider api={fake.api}>
      <SupportContactSetting />
    </ApiProvider>,
  );
  return { fake, user: userEvent.setup() };
}

describe('Options → Support contact', () => {
  it('is empty by default and saves an e-mail address, trimmed', async () => {
    const { fake, user } = renderSetting();
    const input = await screen.findByLabelText('Support contact');
    expect((input as HTMLInputElement).value).toBe('');
    await user.type(input, '  help@msp.example ');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(fake.sent('settings.update')).toEqual([{ supportContact: 'help@msp.example' }]);
    expect((await screen.findByRole('status')).textContent).toContain('reports go to help@msp.example');
  });

  it('refuses text that is neither an e-mail address nor a web address, and sends nothing', async () => {
    const { fake, user } = renderSetting();
    await user.type(await screen.findByLabelText('Support contact'), 'ask Bob');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/e-mail address .* or a web address/);
    expect(fake.sent('settings.update')).toEqual([]);
  });

  it('shows the stored contact and can clear it', async () => {
    const { fake, user } = renderSetting('https://desk.msp.example/new');
    const input = await screen.findByDisplayValue('https://desk.msp.example/new');
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(fake.sent('settings.update')).toEqual([{ supportContact: '' }]);
    expect((await screen.findByRole('status')).textContent).toContain('no support contact');
  });
});
