import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTimers } from '../entrypoints/background/browser-timers';
import { provideTimers } from '../lib/host/timers';

beforeEach(() => {
  fakeBrowser.reset();
  // lib's timers are the extension's chrome.alarms (here the fake browser's), as the worker wires them.
  provideTimers(browserTimers);
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
