// Access to the team runner's one host (issue 13 §2). The manifest lists it only under
// `optional_host_permissions` (wxt.config.ts), so the extension holds it only after a person said
// yes to this one address, and Disconnect gives it back.
import { browser } from 'wxt/browser';
import { AppError } from '../errors/app-error';
import { HINT_CODES } from '../hints/catalogue';

/** What the service worker needs: whether the access is there, and giving it back. */
export interface RunnerAccess {
  contains(pattern: string): Promise<boolean>;
  remove(pattern: string): Promise<void>;
}

/**
 * Asks the person (the browser's own prompt). Call it first thing in a click handler, before any
 * `await`: browsers show the prompt only while the click's user activation lasts.
 */
export function requestRunnerAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export const browserRunnerAccess: RunnerAccess = {
  contains: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  async remove(pattern) {
    await browser.permissions.remove({ origins: [pattern] });
  },
};

/** The person said no to the prompt (or the grant is gone): nothing is sent to the address. */
export function runnerAccessRefused(origin: string): AppError {
  return new AppError({
    kind: 'permission',
    service: 'extension',
    status: 0,
    code: HINT_CODES.runnerAccessRefused,
    message: `The extension may not connect to ${origin}: access to that address was not allowed.`,
  });
}
