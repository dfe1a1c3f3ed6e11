// Posts a failed or partial run to the team's webhook (issue 13 §3). Called by the runner after each
// entry is appended; it never throws into the run: whatever happens comes back as an AlertOutcome for
// the runner's own log. One post, no retry (STYLE.md §8: ofetch's `retry` would re-post, and a
// webhook has no idempotency key — a retried timeout could post twice). The webhook URL is a secret:
// it appears in no outcome and no message.
import { ofetch } from 'ofetch';
import type { ActivityEntry } from '../../lib/db/records';
import { payloadFor } from './format';
import { alertMessage } from './message';
import { createThrottle, throttleKey } from './throttle';
import type { Webhook } from './webhook';
import type { RunnerStore } from '../store/types';

/** How long one post may take: Slack and Teams answer in well under a second. */
export const ALERT_TIMEOUT_MS = 10_000;

export type AlertErrorCode = 'webhook-rejected' | 'webhook-timeout' | 'webhook-unreachable' | 'alert-failed';

export type AlertOutcome =
  | { sent: true }
  | { sent: false; reason: 'not-a-failure' | 'throttled' }
  | { sent: false; reason: 'error'; error: { code: AlertErrorCode; status: number; message: string } };

export interface AlertDeps {
  webhook: Webhook;
  meta: RunnerStore['meta'];
  /** The entry's link: e.g. `https://runner.example.com/api/v1/log/` + id; undefined: none known. */
  linkFor: (entryId: number) => string | undefined;
  now?: () => number;
  timeoutMs?: number;
}

/** Slack answers errors with a short word (`invalid_payload`, `no_service`): worth showing; nothing else is. */
const SLACK_ERROR_WORD = /^[a-z_]{1,40}$/;

function failure(code: AlertErrorCode, status: number, message: string): AlertOutcome {
  return { sent: false, reason: 'error', error: { code, status, message } };
}

async function post(webhook: Webhook, body: object, timeout: number): Promise<AlertOutcome> {
  let response;
  try {
    response = await ofetch.raw<string, 'text'>(webhook.url, {
      method: 'POST',
      body,
      timeout,
      retry: 0,
      responseType: 'text',
      ignoreResponseError: true,
    });
  } catch (err) {
    // ofetch's own message quotes the URL: only the error's kind is kept.
    const timedOut = err instanceof Error && (err.cause as Error | undefined)?.name === 'TimeoutError';
    return timedOut
      ? failure('webhook-timeout', 0, `The alert webhook did not answer within ${timeout / 1000} s.`)
      : failure('webhook-unreachable', 0, 'The alert webhook could not be reached.');
  }
  if (response.ok) return { sent: true };
  const word = typeof response._data === 'string' ? response._data.trim() : '';
  const detail = SLACK_ERROR_WORD.test(word) ? ` ${word}` : '';
  return failure(
    'webhook-rejected',
    response.status,
    `The alert webhook refused the alert (${response.status}${detail}).`,
  );
}

export function createAlerts({
  webhook,
  meta,
  linkFor,
  now = Date.now,
  timeoutMs = ALERT_TIMEOUT_MS,
}: AlertDeps) {
  const throttle = createThrottle(meta, now);

  async function decide(entry: ActivityEntry): Promise<AlertOutcome> {
    if (entry.result !== 'failed' && entry.result !== 'partial')
      return { sent: false, reason: 'not-a-failure' };
    const message = alertMessage({ ...entry, result: entry.result }, linkFor);
    const key = throttleKey(entry.template, message.hint?.id, entry.result);
    if (!(await throttle.due(key))) return { sent: false, reason: 'throttled' };
    const outcome = await post(webhook, payloadFor(webhook.kind, message), timeoutMs);
    if (outcome.sent) await throttle.sent(key);
    return outcome;
  }

  // One alert at a time: two failures with the same hint finishing together must not both find the
  // hour free and post twice.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    alertFor(entry: ActivityEntry): Promise<AlertOutcome> {
      const outcome = queue.then(() =>
        decide(entry).catch(() => failure('alert-failed', 0, 'The alert could not be prepared or recorded.')),
      );
      queue = outcome;
      return outcome;
    },
  };
}
