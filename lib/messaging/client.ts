// The sending side of the protocol: typed by protocol.ts/results.ts, unwraps Reply<T>, and throws
// the one error type. Used by extension pages, the sidebar and the content script.
import { browser } from 'wxt/browser';
import { AppError, isAppError } from '../errors/app-error';
import type { MessageName, PayloadOf } from './protocol';
import type { ResultOf } from './results';

function unreachable(message: string): AppError {
  return new AppError({
    kind: 'server',
    service: 'extension',
    status: 0,
    code: 'background-unavailable',
    message,
  });
}

export async function send<N extends MessageName>(name: N, payload: PayloadOf<N>): Promise<ResultOf<N>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ name, payload });
  } catch {
    // "Could not establish connection", or "Extension context invalidated" after an update.
    throw unreachable('The extension’s background did not answer; reload the page and try again.');
  }
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const r = reply as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true) return r.value as ResultOf<N>;
    if (r.ok === false && isAppError(r.error)) throw new AppError(r.error);
  }
  throw new AppError({
    kind: 'malformed-response',
    service: 'extension',
    status: 0,
    message: `The background sent no usable answer to ${name}.`,
  });
}
