import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTimers } from '../entrypoints/background/browser-timers';
import { extensionStore } from '../lib/db/dexie-store';
import { provideSettingsArea } from '../lib/host/settings';
import { provideStore } from '../lib/host/store';
import { provideTimers } from '../lib/host/timers';

beforeEach(async () => {
  fakeBrowser.reset();
  // lib's ports are the extension's adapters over the (fake) browser, as the entrypoints wire them.
  // Imported here, not at the top: WXT storage reads the global `chrome` when it loads, and the fake
  // browser becomes that global only after this file's static imports (WXT's own setup file).
  const { extensionSettingsArea } = await import('../lib/settings/extension-area');
  provideSettingsArea(extensionSettingsArea);
  provideTimers(browserTimers);
  provideStore(extensionStore);
});

afterEach(async () => {
  // Files that run in the node environment (the HTTPS server test) have no document.
  if (typeof document === 'undefined') return;
  // Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount every
  // rendered tree here, or its timers and requests outlive the test (and, last, the jsdom window).
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  document.body.innerHTML = '';
});
