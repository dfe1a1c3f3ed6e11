// The options page: the Autotask connection, one card per distributor of the registry, the team
// runner, the schedule switch, the templates, and a link to Help.
import { useEffect, useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { useRequest } from '../ui/use-request';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import type { ConnectionStatus, DistributorConnectionView } from '../../lib/messaging/results';
import { DISTRIBUTORS_SECTION } from '../ui/hint-actions';
import { AutotaskConnection } from './autotask-connection';
import { DistributorConnection } from './distributor-connection';
import { ScheduleSetting } from './schedule-setting';
import { SupportContactSetting } from './support-contact-setting';
import { TeamRunnerSection } from './team-runner';
import { landOnSection } from './template-anchor';
import { TemplatesList } from './templates-list';
import { templateBodies } from './template-bodies';

const NOT_CONNECTED: DistributorConnectionView = { connected: false };

export function OptionsApp() {
  const api = useApi();
  const { state, setState } = useRequest(() => api('connection.status', {}), [api]);
  const setStatus = (status: ConnectionStatus) => setState({ status: 'done', value: status });
  const loaded = state.status === 'done';
  // Connecting or disconnecting the team runner moves the schedules: the switch below reads again.
  const [runnerChanges, setRunnerChanges] = useState(0);

  // Hints elsewhere open options.html#autotask, #template-create-orders etc.; the sections exist only
  // once the status (and, for templates, their list and settings) loaded.
  useEffect(() => {
    const section = window.location.hash.slice(1);
    if (loaded && section) return landOnSection(section);
    return undefined;
  }, [loaded]);
  const autotaskConnected = state.status === 'done' && state.value.autotask.connected;
  // A template needs Autotask and at least one distributor.
  const canRun =
    autotaskConnected &&
    state.status === 'done' &&
    Object.values(state.value.distributors).some((view) => view.connected);

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
          <div id={DISTRIBUTORS_SECTION}>
            {DISTRIBUTORS.map((info) => (
              <DistributorConnection
                key={info.id}
                info={info}
                view={state.value.distributors[info.id] ?? NOT_CONNECTED}
                autotaskConnected={state.value.autotask.connected}
                onView={(view) =>
                  setStatus({
                    ...state.value,
                    distributors: { ...state.value.distributors, [info.id]: view },
                  })
                }
                onStatus={setStatus}
              />
            ))}
          </div>
        </>
      ) : null}
      <TeamRunnerSection onConnectionChanged={() => setRunnerChanges((n) => n + 1)} />
      <section className="card" aria-labelledby="schedule-heading" id="schedule">
        <h2 id="schedule-heading">Scheduled work</h2>
        <ScheduleSetting key={runnerChanges} />
      </section>
      <section className="card" aria-labelledby="templates-heading" id="templates">
        <h2 id="templates-heading">Templates</h2>
        <TemplatesList connected={canRun} sections={templateBodies(autotaskConnected)} />
      </section>
      <section className="card" aria-labelledby="support-heading" id="support">
        <h2 id="support-heading">Support</h2>
        <SupportContactSetting />
      </section>
    </main>
  );
}
