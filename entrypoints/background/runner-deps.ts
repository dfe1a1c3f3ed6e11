// What the worker's team-runner code needs to reach the runner (issue 13 §2): the one-origin access
// check and this extension's origin. The handlers add what Connect and Disconnect must also do.
import { browser } from 'wxt/browser';
import { browserRunnerAccess } from '../../lib/runner-client/permission';
import type { RunnerDeps } from '../../lib/runner-client/connection';

export const runnerDeps: RunnerDeps = {
  access: browserRunnerAccess,
  extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
};
