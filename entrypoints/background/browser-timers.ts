// lib/sync/timers.ts's port over chrome.alarms: the extension's host adapter. Alarms survive worker
// restarts; their onAlarm listener is wired in index.ts and alarms.ts.
import { browser } from 'wxt/browser';
import type { Timers } from '../../lib/host/timers';

export const browserTimers: Timers = {
  create: (name, spec) => browser.alarms.create(name, spec),
  get: async (name) => (await browser.alarms.get(name)) ?? undefined,
  getAll: () => browser.alarms.getAll(),
  clear: async (name) => {
    await browser.alarms.clear(name);
  },
};
