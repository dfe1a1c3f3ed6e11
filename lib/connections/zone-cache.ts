// The Autotask zone of each API user, persisted so a restarted service worker does not spend a
// zoneInformation lookup per start (API.md §1.2, §6.3). Zones are not secret (URL, zone name, tenant
// id), so chrome.storage.local is fine. The client re-resolves on a 401 and writes the new zone here.
import { defineSetting } from '../host/settings';
import type { ZoneInfo } from '../autotask/types';
import type { ZoneCache } from '../autotask/zone';

const zones = defineSetting<Record<string, ZoneInfo>>('autotask.zones', { fallback: {} });

const keyOf = (userName: string) => userName.trim().toLowerCase();

export const persistedZoneCache: ZoneCache & {
  set(userName: string, zone: ZoneInfo): Promise<void>;
  delete(userName: string): Promise<void>;
} = {
  async get(userName) {
    return (await zones.getValue())[keyOf(userName)];
  },
  async set(userName, zone) {
    await zones.setValue({ ...(await zones.getValue()), [keyOf(userName)]: zone });
  },
  async delete(userName) {
    const { [keyOf(userName)]: _gone, ...rest } = await zones.getValue();
    await zones.setValue(rest);
  },
};
