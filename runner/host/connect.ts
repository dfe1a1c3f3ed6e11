// The runner's Connect (lib/connections/autotask.ts connectAutotask, as the options page does it):
// zone and tenant, the access probe, the can't-read-costs check, and a log entry with the findings —
// once per API user, not at every start (a `--once` under someone's cron would log it every run).
// It refuses credentials of another tenant than the one this database holds, as Reconnect does.
// The vault port is a no-op: the runner's credentials stay in its configuration (issue 13 §1).
import { connectAutotask } from '../../lib/connections/autotask';
import { createConnectionDeps } from '../../lib/connections/deps';
import type { ConnectionDeps } from '../../lib/connections/ports';
import { autotaskConnection } from '../../lib/settings/settings';
import type { AutotaskCredentials } from '../../lib/autotask/types';

const noVault: ConnectionDeps['secrets'] = {
  save: async () => {},
  load: async () => undefined,
  delete: async () => {},
  deleteAll: async () => {},
};

export interface ConnectOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** True when it connected now; false when this API user was already connected. */
export async function connectOnce(
  credentials: AutotaskCredentials,
  options: ConnectOptions = {},
): Promise<boolean> {
  const view = await autotaskConnection.getValue();
  const same = view.userName?.trim().toLowerCase() === credentials.userName.trim().toLowerCase();
  if (view.connected && same && !view.rejectedAt) return false;
  const deps: ConnectionDeps = {
    ...createConnectionDeps(options.fetch ? { fetch: options.fetch } : {}),
    secrets: noVault,
  };
  await connectAutotask(credentials, deps, options.signal);
  return true;
}
