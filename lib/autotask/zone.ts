// Zone discovery (API.md §1.2, §6.3): the API user name → the tenant's zone URL. No auth headers;
// cached per user; the client drops and re-resolves it once on a 401 (tenants move between zones).
import { AppError } from '../errors/app-error';
import { isAppError } from '../errors/app-error';
import type { HttpSend } from '../http/types';
import { check, parseJson } from './parse';
import { zoneInfoSchema } from './schemas';
import type { ZoneInfo } from './types';
import { TRUSTED_HOST_SUFFIX, ZONE_LOOKUP_URL } from './limits';

/** Where resolved zones are kept; the lead may back it with storage. Keys are lower-cased user names. */
export interface ZoneCache {
  get(userName: string): Promise<ZoneInfo | undefined> | ZoneInfo | undefined;
  set(userName: string, zone: ZoneInfo): Promise<void> | void;
  delete(userName: string): Promise<void> | void;
}

export function createMemoryZoneCache(): ZoneCache {
  const zones = new Map<string, ZoneInfo>();
  return {
    get: (user) => zones.get(user.toLowerCase()),
    set: (user, zone) => void zones.set(user.toLowerCase(), zone),
    delete: (user) => void zones.delete(user.toLowerCase()),
  };
}

/** True for https URLs on an `*.autotask.net` host: the only places credentials may go. */
export function isTrustedAutotaskUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.toLowerCase().endsWith(TRUSTED_HOST_SUFFIX);
  } catch {
    return false;
  }
}

export async function resolveZone(http: HttpSend, userName: string, signal?: AbortSignal): Promise<ZoneInfo> {
  const url = `${ZONE_LOOKUP_URL}?user=${encodeURIComponent(userName)}`;
  const ctx = { endpoint: 'GET zoneInformation', method: 'GET', url, operation: 'zoneInformation' };
  let text;
  try {
    // zoneInformation is exempt from thread limiting (API.md §3): no limitKey.
    const res = await http({
      service: 'autotask',
      method: 'GET',
      url,
      intent: 'read',
      operation: 'zoneInformation',
      ...(signal ? { signal } : {}),
    });
    text = parseJson(res, ctx);
  } catch (err) {
    // An unknown user: 500 {"errors":["Zone information could not be determined"]} (API.md §1.2).
    if (isAppError(err) && err.kind === 'validation' && err.status >= 500) throw zoneUnknown(err.apiErrors);
    throw err;
  }
  if (typeof text === 'object' && text !== null && 'errors' in text && !('url' in text)) {
    throw zoneUnknown((text as { errors?: unknown[] }).errors?.map(String));
  }
  const zone = check(zoneInfoSchema, text, ctx);
  if (!isTrustedAutotaskUrl(zone.url)) {
    throw new AppError({
      kind: 'malformed-response',
      service: 'autotask',
      status: 200,
      code: 'untrusted-host',
      field: 'url',
      message:
        'Autotask (GET zoneInformation) named a zone URL outside https://*.autotask.net; the extension will not send credentials there.',
      request: { method: 'GET', url: ZONE_LOOKUP_URL, operation: 'zoneInformation' },
    });
  }
  return { ...zone, url: zone.url.endsWith('/') ? zone.url : `${zone.url}/` };
}

function zoneUnknown(apiErrors: string[] | undefined): AppError {
  return new AppError({
    kind: 'auth',
    service: 'autotask',
    status: 500,
    code: 'zone-unknown',
    message: 'Autotask does not know this API user name (zone information could not be determined).',
    ...(apiErrors ? { apiErrors } : {}),
    request: { method: 'GET', url: ZONE_LOOKUP_URL, operation: 'zoneInformation' },
  });
}
