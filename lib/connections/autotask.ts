// Connect, Reconnect and Disconnect of the Autotask account (issue 2 §4 "Connections", "Secrets").
// Credentials reach the vault only after the API accepted them; the non-secret view (tenant, zone,
// what is missing) is what the options page and every other context may see.
import type { AutotaskCredentials, ZoneInfo } from '../autotask/types';
import { DISTRIBUTORS, distributorLabel } from '../distributor/registry';
import { AppError, isAppError } from '../errors/app-error';
import type { AppErrorData } from '../errors/app-error';
import { HINT_CODES } from '../hints/hints';
import type { AutotaskConnectionView } from '../messaging/results';
import { probeAccess } from './access';
import { cannotReadCosts } from './costs';
import type { ConnectionDeps } from './ports';

export const NO_COSTS_WARNING =
  'The API user cannot read costs (its security level looks like "Can\'t Read Costs"): costs stay blank.';

/** The findings of a Connect, as the hint catalogue recognises them (lib/errors/hint-catalogue.ts). */
const finding = (code: string, message: string): AppErrorData => ({
  kind: 'permission',
  service: 'autotask',
  status: 0,
  code,
  message,
});

export async function connectAutotask(
  creds: AutotaskCredentials,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<AutotaskConnectionView> {
  const current = await deps.views.autotask.getValue();
  return establish(creds, deps, current.connected ? current.tenantId : undefined, signal);
}

/**
 * New credentials for the tenant already connected (a rotated secret, another API user of the same
 * tenant). Settings, mappings, outbox and log are untouched; only the vault entry and the view change.
 */
export async function reconnectAutotask(
  creds: AutotaskCredentials,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<AutotaskConnectionView> {
  const current = await deps.views.autotask.getValue();
  return establish(creds, deps, current.tenantId, signal);
}

async function establish(
  creds: AutotaskCredentials,
  deps: ConnectionDeps,
  expectedTenant: number | undefined,
  signal?: AbortSignal,
): Promise<AutotaskConnectionView> {
  const client = deps.autotaskClient(creds);
  let zone: ZoneInfo;
  let missing: string[];
  let noCosts: boolean;
  try {
    // zoneInformation needs no authentication, so a foreign tenant is refused before the secret is
    // ever sent anywhere, and before anything is written.
    zone = await client.zone(signal);
    if (expectedTenant !== undefined && zone.ci !== expectedTenant) {
      throw new AppError({
        kind: 'conflict',
        service: 'autotask',
        status: 0,
        code: 'tenant-mismatch',
        message:
          `These credentials belong to Autotask tenant ${zone.ci}, but this extension is connected to ` +
          `tenant ${expectedTenant}. Its settings, mappings and orders belong to that tenant: disconnect ` +
          'first to use another one.',
      });
    }
    ({ missing } = await probeAccess(client, signal));
    noCosts = missing.includes('Products: query') ? false : await cannotReadCosts(client, signal);
  } catch (error) {
    await deps.log({
      account: 'autotask',
      result: 'failed',
      summary: `Connect to Autotask as ${creds.userName} failed: ${messageOf(error)}`,
      error,
      hintId: deps.hintFor(error),
    });
    throw error;
  }

  await deps.secrets.save('autotask', {
    userName: creds.userName,
    secret: creds.secret,
    integrationCode: creds.integrationCode,
  });
  await deps.zoneCache.set(creds.userName, zone);
  deps.credentialsChanged();
  const view: AutotaskConnectionView = {
    connected: true,
    userName: creds.userName,
    tenantId: zone.ci,
    zoneName: zone.zoneName,
    webUrl: zone.webUrl,
    missing,
    warnings: noCosts ? [NO_COSTS_WARNING] : [],
    connectedAt: deps.now().toISOString(),
  };
  await deps.views.autotask.setValue(view);

  const findings = [...(missing.length ? [`missing ${missing.join(', ')}`] : []), ...view.warnings];
  await deps.log({
    account: 'autotask',
    result: findings.length ? 'partial' : 'success',
    summary:
      `Connected to Autotask tenant ${zone.ci} (${zone.zoneName}) as ${creds.userName}` +
      (findings.length ? `; ${findings.join('; ')}` : ''),
    hintId: missing.length
      ? deps.hintFor(finding(HINT_CODES.missingAccess, `Missing: ${missing.join(', ')}`))
      : noCosts
        ? deps.hintFor(finding(HINT_CODES.cannotReadCosts, NO_COSTS_WARNING))
        : undefined,
  });
  return view;
}

/**
 * Disconnect either account: every template is disabled and its alarm cleared first (so nothing
 * scheduled runs with half the credentials), then the vault entry and the cached zone are deleted.
 * Settings, mappings, outbox and log stay, for a later Reconnect.
 */
export async function disconnect(account: string, deps: ConnectionDeps): Promise<void> {
  await deps.disableTemplates();
  if (account === 'autotask') {
    const view = await deps.views.autotask.getValue();
    const stored = await deps.secrets.load('autotask');
    const userNames = new Set([view.userName, stored?.userName]);
    await deps.secrets.delete('autotask');
    for (const userName of userNames) if (userName) await deps.zoneCache.delete(userName);
    // The tenant id stays as "last connected" information; the user name goes with the credentials.
    await deps.views.autotask.setValue({
      connected: false,
      ...(view.tenantId !== undefined ? { tenantId: view.tenantId } : {}),
      missing: [],
      warnings: [],
    });
  } else {
    const item = deps.views.distributor(account);
    const { connectedAt: _since, rejectedAt: _rejected, ...view } = await item.getValue();
    await deps.secrets.delete(account);
    await item.setValue({ ...view, connected: false });
  }
  // With no account left, the vault key goes too: a copy of old ciphertexts can never be opened.
  const names = ['autotask', ...DISTRIBUTORS.map(({ id }) => id)];
  const left = await Promise.all(names.map((name) => deps.secrets.load(name)));
  if (left.every((secret) => !secret)) await deps.secrets.deleteAll();
  deps.credentialsChanged();
  const name = account === 'autotask' ? 'Autotask' : distributorLabel(account);
  await deps.log({ account, result: 'success', summary: `Disconnected ${name}` });
}

export function messageOf(error: unknown): string {
  if (isAppError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}
