// lib/host/settings.ts's port over chrome.storage.local (WXT storage): the extension's host adapter,
// provided at start-up by every extension context that reads settings (entrypoints/*). Keys keep the
// `local:` area prefix that lib's storage items always had, so stored settings carry over as they are.
import { storage } from 'wxt/utils/storage';
import type { StorageItemKey } from 'wxt/utils/storage';
import type { SettingsArea } from '../host/settings';

const local = (key: string): StorageItemKey => `local:${key}`;

export const extensionSettingsArea: SettingsArea = {
  get: (key) => storage.getItem(local(key)),
  set: (key, value) => storage.setItem(local(key), value ?? null),
  remove: (key) => storage.removeItem(local(key)),
  watch: (key, callback) => storage.watch(local(key), callback),
};
