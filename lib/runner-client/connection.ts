// Connect, Disconnect and the status of the team runner (issue 13 §2), in the service worker. The
// address is a setting (teamRunner, not secret); the token goes to the vault and nowhere else — not
// chrome.storage, not a reply: TeamRunnerView has no field for it.
import type { AppErrorData } from '../errors/app-error';
import { plainErrorData } from '../errors/error-data';
import type { PayloadOf } from '../messaging/protocol';
import type { TeamRunnerView } from '../messaging/results';
import { teamRunner } from '../settings/settings';
import type { TeamRunnerSetting } from '../settings/settings';
import { deleteSecret, loadSecret, saveSecret } from '../settings/vault';
import { runnerAddress } from './address';
import { createRunnerClient } from './client';
import type { RunnerClient } from './client';
import { notConnectedToRunner } from './errors';
import { runnerAccessRefused } from './permission';
import type { RunnerAccess } from './permission';

export interface RunnerDeps {
  access: RunnerAccess;
  /** `chrome-extension://<id>`: shown so the runner's admin can list it in BRIDGE_ALLOWED_ORIGINS. */
  extensionOrigin: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Told after Connect and Disconnect: the schedules move between this browser and the runner. */
  onConnectionChanged?: () => Promise<void>;
}

const iso = (deps: RunnerDeps) => new Date((deps.now ?? Date.now)()).toISOString();

export function runnerView(stored: TeamRunnerSetting | null, extensionOrigin: string): TeamRunnerView {
  if (!stored) return { connected: false, extensionOrigin };
  const view: TeamRunnerView = {
    connected: true,
    url: stored.url,
    connectedAt: stored.connectedAt,
    extensionOrigin,
  };
  if (stored.checkedAt !== undefined) view.checkedAt = stored.checkedAt;
  if (stored.reachable !== undefined) view.reachable = stored.reachable;
  if (stored.lastError) view.lastError = stored.lastError;
  return view;
}

/** Reachable, and the token accepted: /health needs none, /runs does. */
async function verify(client: RunnerClient): Promise<void> {
  await client.health();
  await client.runs();
}

export async function connectRunner(
  { url, token }: PayloadOf<'runner.connect'>,
  deps: RunnerDeps,
): Promise<TeamRunnerView> {
  const address = runnerAddress(url);
  // The page asked the person first; without that yes, nothing is sent to the address.
  if (!(await deps.access.contains(address.pattern))) throw runnerAccessRefused(address.origin);
  await verify(createRunnerClient({ apiBase: address.apiBase, token, ...fetchOf(deps) }));
  const previous = await teamRunner.getValue();
  const now = iso(deps);
  const stored: TeamRunnerSetting = {
    url: address.url,
    pattern: address.pattern,
    connectedAt: now,
    checkedAt: now,
    reachable: true,
  };
  await saveSecret('runner', { token });
  await teamRunner.setValue(stored);
  // Another runner before this one: its access is given back.
  if (previous && previous.pattern !== address.pattern) await giveBack(previous.pattern, deps);
  await deps.onConnectionChanged?.();
  return runnerView(stored, deps.extensionOrigin);
}

export async function disconnectRunner(deps: RunnerDeps): Promise<TeamRunnerView> {
  const stored = await teamRunner.getValue();
  await deleteSecret('runner');
  await teamRunner.setValue(null);
  if (stored) await giveBack(stored.pattern, deps);
  await deps.onConnectionChanged?.();
  return runnerView(null, deps.extensionOrigin);
}

async function giveBack(pattern: string, deps: RunnerDeps): Promise<void> {
  // Refused when the host is also a required host permission (an address on *.autotask.net, say):
  // then there is nothing optional to give back.
  await deps.access.remove(pattern).catch(() => undefined);
}

function fetchOf(deps: RunnerDeps) {
  return deps.fetch ? { fetch: deps.fetch } : {};
}

/** The client for the stored address and token; `runner-not-connected` without them. */
async function connectedClient(
  deps: RunnerDeps,
): Promise<{ client: RunnerClient; stored: TeamRunnerSetting }> {
  const [stored, secret] = await Promise.all([teamRunner.getValue(), loadSecret('runner')]);
  if (!stored || !secret) throw notConnectedToRunner();
  const { apiBase } = runnerAddress(stored.url);
  return { client: createRunnerClient({ apiBase, token: secret.token, ...fetchOf(deps) }), stored };
}

/** Records what this call learnt of the runner — reachable, or why not — for Options' status line. */
async function record(deps: RunnerDeps, url: string, error?: AppErrorData): Promise<void> {
  const current = await teamRunner.getValue();
  // Disconnected or reconnected elsewhere meanwhile: nothing to record.
  if (!current || current.url !== url) return;
  const next: TeamRunnerSetting = { ...current, checkedAt: iso(deps), reachable: error === undefined };
  if (error) next.lastError = error;
  else delete next.lastError;
  await teamRunner.setValue(next);
}

/**
 * Runs `work` with the connected runner's client and records its outcome. A refused request (a
 * 400, an unknown entry) still means the runner answered: only its unreachable, token and origin
 * failures mark it unreachable.
 */
export async function withRunner<T>(
  deps: RunnerDeps,
  work: (client: RunnerClient) => Promise<T>,
): Promise<T> {
  const { client, stored } = await connectedClient(deps);
  try {
    const value = await work(client);
    await record(deps, stored.url);
    return value;
  } catch (thrown) {
    const error = plainErrorData(thrown);
    await record(
      deps,
      stored.url,
      error.code?.startsWith('runner-') || error.kind === 'malformed-response' ? error : undefined,
    );
    throw thrown;
  }
}

export async function runnerStatus(deps: RunnerDeps, check = false): Promise<TeamRunnerView> {
  const stored = await teamRunner.getValue();
  if (stored && check) {
    // The outcome is recorded, and shown in the view below; the check itself does not fail.
    await withRunner(deps, verify).catch(() => undefined);
  }
  return runnerView(await teamRunner.getValue(), deps.extensionOrigin);
}
