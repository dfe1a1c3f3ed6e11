// Help → "Getting help" (issue 10 §6): where this company's technicians send a support report, from
// Options → Support contact; when none is set, where to set it.
import { useApi } from '../ui/api';
import { useRequest } from '../ui/use-request';
import { SET_SUPPORT_CONTACT_HINT, supportContactHref } from '../../lib/settings/support-contact';

export function SupportContact() {
  const api = useApi();
  const { state } = useRequest(() => api('settings.get', {}), [api]);
  const contact = state.status === 'done' ? (state.value.supportContact ?? '') : '';
  const href = supportContactHref(contact);
  return (
    <section aria-labelledby="getting-help-heading" id="getting-help">
      <h2 id="getting-help-heading">Getting help</h2>
      <p>
        In the activity log, open the entry that failed and press <strong>Copy support report</strong>: it
        holds what support needs (entries, times, tenant id, versions) with every secret removed.
      </p>
      {state.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {state.status === 'failed' ? <p className="muted">{SET_SUPPORT_CONTACT_HINT}</p> : null}
      {state.status === 'done' && contact !== '' ? (
        <p>
          Send support reports to{' '}
          {href ? (
            <a href={href} target="_blank" rel="noreferrer">
              {contact}
            </a>
          ) : (
            contact
          )}
          .
        </p>
      ) : null}
      {state.status === 'done' && contact === '' ? (
        <p>
          {SET_SUPPORT_CONTACT_HINT}{' '}
          <a href="options.html#support" target="_blank" rel="noreferrer">
            Open Options
          </a>
        </p>
      ) : null}
    </section>
  );
}
