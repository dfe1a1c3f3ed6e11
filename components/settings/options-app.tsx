// The options page: both connections, the schedule switch, the templates, and a link to Help.
import { useEffect } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { focusSection } from '../ui/hint-actions';
import { useRequest } from '../ui/use-request';
import type { ConnectionStatus } from '../../lib/messaging/results';
import { AutotaskConnection } from './autotask-connection';
import { ScheduleSetting } from './schedule-setting';
import { TdSynnexConnection } from './tdsynnex-connection';
import { TemplatesList } from './templates-list';
import { StatusMappingSection } from '../order-status/status-mapping';
import { ProductSyncSection } from '../products/product-sync-section';

export function OptionsApp() {
  const api = useApi();
  const { state, setState } = useRequest(() => api('connection.status', {}), [api]);
  const setStatus = (status: ConnectionStatus) => setState({ status: 'done', value: status });
  const loaded = state.status === 'done';

  // Hints elsewhere open options.html#autotask etc.; the sections exist only once the status loaded.
  useEffect(() => {
    const section = window.location.hash.slice(1);
    if (loaded && section) focusSection(section);
  }, [loaded]);

  return (
    <main>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Autotask Bridge — Options</h1>
        <a href="help.html" target="_blank" rel="noreferrer">
          Help
        </a>
      </div>
      {state.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' ? (
        <>
          <AutotaskConnection
            view={state.value.autotask}
            onView={(autotask) => setStatus({ ...state.value, autotask })}
            onStatus={setStatus}
          />
          <TdSynnexConnection
            view={state.value.tdsynnex}
            autotaskConnected={state.value.autotask.connected}
            onView={(tdsynnex) => setStatus({ ...state.value, tdsynnex })}
            onStatus={setStatus}
          />
        </>
      ) : null}
      <section className="card" aria-labelledby="schedule-heading" id="schedule">
        <h2 id="schedule-heading">Scheduled work</h2>
        <ScheduleSetting />
      </section>
      <section className="card" aria-labelledby="templates-heading" id="templates">
        <h2 id="templates-heading">Templates</h2>
        <TemplatesList />
      </section>
      {/* Issue 5: Get Order Status settings and status mapping (reads the tenant's PO statuses). */}
      {state.status === 'done' && state.value.autotask.connected ? <StatusMappingSection /> : null}
      {state.status === 'done' && state.value.autotask.connected ? <ProductSyncSection /> : null}
    </main>
  );
}
