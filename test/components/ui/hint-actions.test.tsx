import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusSectionFor, openOptionsFor } from '../../../components/ui/hint-actions';
import type { HintAction } from '../../../lib/hints/hints';

function renderOptionsSections() {
  render(
    <>
      <section id="autotask">
        <input aria-label="Autotask secret" />
      </section>
      <div id="distributors">
        <section id="distributor-tdsynnex">
          <input aria-label="TD SYNNEX password" />
        </section>
        <section id="distributor-ingram">
          <input aria-label="Ingram Micro client ID" />
        </section>
      </div>
      <section id="templates">
        <button type="button" aria-label="Run now" />
      </section>
    </>,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('focusSectionFor (options page)', () => {
  it.each<[HintAction, string]>([
    [{ id: 'reconnect-autotask', label: 'x' }, 'Autotask secret'],
    [{ id: 'reconnect-distributor', label: 'x', distributor: 'tdsynnex' }, 'TD SYNNEX password'],
    [{ id: 'connect-distributor', label: 'x', distributor: 'ingram' }, 'Ingram Micro client ID'],
    // No distributor named: the first card of the list.
    [{ id: 'connect-distributor', label: 'x' }, 'TD SYNNEX password'],
    [{ id: 'open-template-settings', label: 'x' }, 'Run now'],
  ])('%o puts the focus in the section that fixes it', (action, expected) => {
    renderOptionsSections();
    focusSectionFor(action);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(expected);
  });
});

describe('openOptionsFor (popup, sidebar, log)', () => {
  it.each<[HintAction, string]>([
    [
      { id: 'reconnect-distributor', label: 'x', distributor: 'tdsynnex' },
      'options.html#distributor-tdsynnex',
    ],
    [{ id: 'connect-distributor', label: 'x', distributor: 'ingram' }, 'options.html#distributor-ingram'],
    [{ id: 'connect-distributor', label: 'x' }, 'options.html#distributors'],
    [{ id: 'reconnect-autotask', label: 'x' }, 'options.html#autotask'],
    [{ id: 'open-help', label: 'x' }, 'help.html'],
  ])('%o opens %s', (action, url) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    openOptionsFor(action);
    expect(open).toHaveBeenCalledWith(url, '_blank', 'noopener');
  });
});
