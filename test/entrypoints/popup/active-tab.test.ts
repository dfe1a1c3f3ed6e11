import { describe, expect, it } from 'vitest';
import { autotaskTabId } from '../../../entrypoints/popup/active-tab';

describe('autotaskTabId', () => {
  it('names a tab that shows the Autotask web UI', () => {
    expect(
      autotaskTabId({ id: 7, url: 'https://ww22.autotask.net/Mvc/Framework/Navigation.mvc/Landing' }),
    ).toBe(7);
  });

  it.each([
    ['another site', { id: 7, url: 'https://example.com/' }],
    ['the Autotask API host', { id: 7, url: 'https://webservices22.autotask.net/atservicesrest/' }],
    ['Autotask help', { id: 7, url: 'https://ww22.autotask.net/help/Content/Welcome.htm' }],
    ['a tab whose URL we may not see', { id: 7 }],
    ['no tab', undefined],
  ])('offers no sidebar on %s', (_name, tab) => {
    expect(autotaskTabId(tab)).toBeUndefined();
  });
});
