// Zones and authentication (API.md §1). A tenant lives on one zone; its API host is
// webservices<N>.autotask.net and its UI host ww<N>.autotask.net. Credentials are accepted only on
// the host of the tenant's current zone, so after a zone move the old host answers 401 (API.md §1.3,
// §6.3) until the client re-resolves the zone.
import { SimError } from './http';
import type { Db, Tenant, User } from './store';

/** Names seen for some zones (API.md §0, §1.2); other numbers get a generic name. */
const ZONE_NAMES: Record<number, string> = {
  22: 'America East 3',
  28: 'UK 3',
};

export const zoneName = (zone: number): string => ZONE_NAMES[zone] ?? `Zone ${zone}`;

export const apiHost = (zone: number): string => `webservices${zone}.autotask.net`;
export const webHost = (zone: number): string => `ww${zone}.autotask.net`;

export function zoneOfHost(hostname: string, kind: 'api' | 'web'): number | undefined {
  const pattern = kind === 'api' ? /^webservices(\d+)\.autotask\.net$/i : /^ww(\d+)\.autotask\.net$/i;
  const match = pattern.exec(hostname);
  return match ? Number(match[1]) : undefined;
}

/** The zoneInformation body (API.md §1.2): camelCase, `url` ends in `/atservicesrest/`. */
export function zoneInfo(tenant: Tenant) {
  return {
    zoneName: zoneName(tenant.zone),
    url: `https://${apiHost(tenant.zone)}/atservicesrest/`,
    webUrl: `https://${webHost(tenant.zone)}/`,
    ci: tenant.ci,
  };
}

/** Unknown user: 500 with this exact text (API.md §1.2, KelvinTegelaar issue #17 / PR #76). */
export function lookupZone(db: Db, userName: string | null): ReturnType<typeof zoneInfo> {
  const user = userName ? db.users.get(userName.toLowerCase()) : undefined;
  if (!user) throw new SimError(500, 'Zone information could not be determined');
  return zoneInfo(db.tenant(user.ci));
}

export interface Caller {
  user: User;
  tenant: Tenant;
}

/**
 * The three headers must match one user (header names are case-insensitive in `Headers`, as on
 * the live API, API.md §1.1) whose tenant lives on this host's zone.
 */
export function authenticate(db: Db, headers: Headers, zone: number): Caller {
  const userName = headers.get('UserName');
  const user = userName ? db.users.get(userName.toLowerCase()) : undefined;
  const ok =
    user !== undefined &&
    headers.get('Secret') === user.secret &&
    headers.get('ApiIntegrationCode') === user.integrationCode &&
    db.tenant(user.ci).zone === zone;
  // 401 bodies are undocumented (API.md §1.3: treat as opaque); this is ASP.NET's default text.
  if (!ok) throw new SimError(401, 'Authorization has been denied for this request.', {}, true);
  return { user, tenant: db.tenant(user.ci) };
}
