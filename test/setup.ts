import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  // Files that run in the node environment (the HTTPS server test) have no document.
  if (typeof document !== 'undefined') document.body.innerHTML = '';
});
