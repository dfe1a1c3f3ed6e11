import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { focusSectionFor } from '../../../components/ui/hint-actions';

describe('focusSectionFor (options page)', () => {
  it.each([
    ['reconnect-autotask', 'Autotask secret'],
    ['reconnect-tdsynnex', 'TD SYNNEX password'],
    ['open-template-settings', 'Run now'],
  ] as const)('%s puts the focus in the section that fixes it', (id, expected) => {
    render(
      <>
        <section id="autotask">
          <input aria-label="Autotask secret" />
        </section>
        <section id="tdsynnex">
          <input aria-label="TD SYNNEX password" />
        </section>
        <section id="templates">
          <button type="button" aria-label="Run now" />
        </section>
      </>,
    );
    focusSectionFor({ id, label: 'x' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe(expected);
  });
});
