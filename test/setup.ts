import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
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
