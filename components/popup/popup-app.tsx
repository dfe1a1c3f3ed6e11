// The toolbar popup: the connections (Autotask and each distributor) at a glance, `Open sidebar` on an
// Autotask tab (the way out when the recogniser missed, UI.md), the latest activity, and links to the
// full log, Options and Help.
import { Fragment, useEffect, useState } from 'react';
import { PopupLog } from './popup-log';
import { TemplatesStatus } from './templates-status';
import { WaitingOrders } from './waiting-orders';
import { InFlightList } from '../order-status/in-flight-list';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import type { ConnectionStatus } from '../../lib/messaging/results';

interface Props {
  /** True when the active tab is an Autotask web-UI page (ww<N>.autotask.net). */
  onAutotaskTab: boolean;
  openSidebar(): Promise<void>;
}

/** Green only when connected and not refused since; red when the stored credentials were rejected. */
function stateClass(view: { connected: boolean; rejectedAt?: string }): string {
  if (!view.connected) return 'status-warn';
  return view.rejectedAt ? 'status-error' : 'status-ok';
}

function Connections({ status }: { status: ConnectionStatus }) {
  const { autotask } = status;
  return (
    <dl className="facts" aria-label="Connections">
      <dt>Autotask</dt>
      <dd className={stateClass(autotask)}>
        {autotask.connected
          ? autotask.rejectedAt
            ? `Credentials rejected — Reconnect in Options (tenant ${autotask.tenantId})`
            : `Connected to tenant ${autotask.tenantId} (${autotask.zoneName})`
          : 'Not connected'}
      </dd>
      {DISTRIBUTORS.map((info) => {
        const view = status.distributors[info.id] ?? { connected: false };
        const summary = info.describe(view.account ?? {});
        return (
          <Fragment key={info.id}>
            <dt>{info.label}</dt>
            <dd className={stateClass(view)}>
              {view.connected
                ? view.rejectedAt
                  ? `Credentials rejected — Reconnect in Options (${summary})`
                  : `Connected as ${summary}`
                : 'Not connected'}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}

export function PopupApp({ onAutotaskTab, openSidebar }: Props) {
  const api = useApi();
  const { state } = useRequest(() => api('connection.status', {}), [api]);
  const [sidebarError, setSidebarError] = useState(false);
  // Opening the popup is looking at the log: the toolbar badge's count clears (issue 13 §3). The
  // badge is a nudge, so a worker that does not answer only leaves it as it was.
  useEffect(() => {
    api('log.seen', {}).catch(() => undefined);
  }, [api]);

  return (
    <main>
      <h1>Autotask Bridge</h1>
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
      {state.status === 'done' ? <Connections status={state.value} /> : null}
      {onAutotaskTab ? (
        <button
          type="button"
          className="primary"
          onClick={() => openSidebar().catch(() => setSidebarError(true))}
        >
          Open sidebar
        </button>
      ) : (
        <p className="muted">Open an Autotask page to use the sidebar.</p>
      )}
      {sidebarError ? (
        <p role="alert">The sidebar could not open on this tab. Reload the Autotask page and try again.</p>
      ) : null}
      <TemplatesStatus />
      <InFlightList />
      <WaitingOrders />
      <PopupLog />
      <nav className="row" aria-label="More">
        <a href="options.html" target="_blank" rel="noreferrer">
          Options
        </a>
        <a href="help.html" target="_blank" rel="noreferrer">
          Help
        </a>
      </nav>
    </main>
  );
}
