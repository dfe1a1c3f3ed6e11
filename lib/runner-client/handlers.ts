// The background's handlers for the team runner's messages (issue 13 §2), spread into
// entrypoints/background/handlers.ts. The router already let only our own top-level pages through
// ('extension'); each message is narrowed here to the pages that need it, so neither the sidebar nor
// a review or confirmation window can read the team's log, start a run, or change the connection.
import { AppError } from '../errors/app-error';
import type { RouterHandlers } from '../messaging/router';
import type { SenderInfo } from '../messaging/sender';
import { connectRunner, disconnectRunner, runnerStatus, withRunner } from './connection';
import type { RunnerDeps } from './connection';

type RunnerMessage =
  | 'runner.status'
  | 'runner.connect'
  | 'runner.disconnect'
  | 'runner.log'
  | 'runner.entry'
  | 'runner.runs'
  | 'runner.daily'
  | 'runner.runNow';

const READERS = ['/popup.html', '/log.html', '/options.html'] as const;
const RUNNERS = ['/popup.html', '/options.html'] as const;
const SETUP = ['/options.html'] as const;

/** Throws unless the message came from one of `pages`, top-level (the router checked the rest). */
export function assertFromPages(sender: SenderInfo, pages: readonly string[]): void {
  let path = '';
  try {
    path = new URL(sender.url).pathname;
  } catch {
    path = '';
  }
  if (sender.kind === 'extension' && pages.includes(path) && (sender.frameId ?? 0) === 0) return;
  throw new AppError({
    kind: 'permission',
    service: 'extension',
    status: 0,
    code: 'sender-not-allowed',
    message: 'This page may not use the team runner.',
  });
}

export function runnerHandlers(deps: RunnerDeps): Required<Pick<RouterHandlers, RunnerMessage>> {
  return {
    'runner.status': ({ check }, sender) => {
      assertFromPages(sender, READERS);
      return runnerStatus(deps, check === true);
    },
    'runner.connect': (payload, sender) => {
      assertFromPages(sender, SETUP);
      return connectRunner(payload, deps);
    },
    'runner.disconnect': (_payload, sender) => {
      assertFromPages(sender, SETUP);
      return disconnectRunner(deps);
    },
    'runner.log': ({ query, offset, limit }, sender) => {
      assertFromPages(sender, READERS);
      return withRunner(deps, (client) => client.log(query, { offset, limit }));
    },
    'runner.entry': async ({ id }, sender) => {
      assertFromPages(sender, READERS);
      const found = await withRunner(deps, (client) => client.entry(id));
      if (found) return found;
      throw new AppError({
        kind: 'not-found',
        service: 'extension',
        status: 404,
        message: 'The team runner has no log entry with this id (it may have been removed by retention).',
      });
    },
    'runner.runs': (_payload, sender) => {
      assertFromPages(sender, READERS);
      return withRunner(deps, (client) => client.runs());
    },
    'runner.daily': ({ starts }, sender) => {
      assertFromPages(sender, READERS);
      return withRunner(deps, (client) => client.daily(starts));
    },
    'runner.runNow': ({ template }, sender) => {
      assertFromPages(sender, RUNNERS);
      return withRunner(deps, (client) => client.runNow(template));
    },
  };
}
