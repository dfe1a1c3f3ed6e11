// The background's one runtime.onMessage listener (STYLE.md §4). Every message is checked, in this
// order, before any handler runs: size, envelope shape, known name, sender kind allowed for that
// name, payload against the protocol's strict zod schema. Replies are always Reply<T>; a handler's
// failure travels as plain AppErrorData — never a stack, a cause or a raw body.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { AppErrorData, ErrorKind } from '../errors/app-error';
import { plainErrorData } from '../errors/error-data';
import { protocol } from './protocol';
import type { MessageName, PayloadOf } from './protocol';
import type { Reply, ResultOf } from './results';
import { classifySender } from './sender';
import { createTabLimiter } from './tab-limiter';
import type { TabLimiter } from './tab-limiter';
import type { MessageSenderLike, SenderInfo } from './sender';

/** Far above any real payload (the largest is a credentials form); stops memory-abuse attempts. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export type RouterHandlers = {
  [N in MessageName]?: (payload: PayloadOf<N>, sender: SenderInfo) => Promise<ResultOf<N>> | ResultOf<N>;
};

export type RejectReason =
  | 'too-large'
  | 'bad-envelope'
  | 'unknown-message'
  | 'sender-not-allowed'
  | 'invalid-payload'
  | 'rate-limited';

export interface RouterOptions {
  maxBytes?: number;
  /** Told about every rejected message (for counting in tests and the security suite). */
  onRejected?: (reason: RejectReason, name: string | undefined) => void;
  /** Per-tab budget of 'sidebar' messages (issue 11 §1); one per router by default. */
  sidebarLimiter?: TabLimiter;
}

const envelope = z.object({ name: z.string().max(100), payload: z.unknown() }).strict();

const KIND: Record<RejectReason, ErrorKind> = {
  'too-large': 'validation',
  'bad-envelope': 'validation',
  'unknown-message': 'not-found',
  'sender-not-allowed': 'permission',
  'invalid-payload': 'validation',
  'rate-limited': 'throttled',
};

function rejection(reason: RejectReason, message: string, field?: string): Reply<never> {
  const error: AppErrorData = { kind: KIND[reason], service: 'extension', status: 0, code: reason, message };
  if (field) error.field = field;
  return { ok: false, error };
}

function size(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity; // not serialisable: cannot have come through the message channel honestly
  }
}

export function createRouter(handlers: RouterHandlers, options: RouterOptions = {}) {
  const maxBytes = options.maxBytes ?? MAX_MESSAGE_BYTES;
  const sidebarLimiter = options.sidebarLimiter ?? createTabLimiter();

  async function dispatch(message: unknown, rawSender: MessageSenderLike): Promise<Reply<unknown>> {
    const reject = (reason: RejectReason, text: string, name?: string, field?: string) => {
      options.onRejected?.(reason, name);
      return rejection(reason, text, field);
    };
    if (size(message) > maxBytes) return reject('too-large', `Message larger than ${maxBytes} bytes.`);
    const env = envelope.safeParse(message);
    if (!env.success) return reject('bad-envelope', 'Not a message of this extension.');
    const name = env.data.name;
    if (!Object.hasOwn(protocol, name)) return reject('unknown-message', 'Unknown message.', name);
    const spec = protocol[name as MessageName];
    const handler = handlers[name as MessageName] as
      ((payload: unknown, sender: SenderInfo) => Promise<unknown> | unknown) | undefined;
    if (!handler) return reject('unknown-message', 'No handler for this message.', name);

    const sender = classifySender(rawSender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!sender || !(spec.from as readonly string[]).includes(sender.kind)) {
      return reject('sender-not-allowed', `This context may not send ${name}.`, name);
    }
    // A page can frame the sidebar many times: all its copies share one budget per tab.
    if (sender.kind === 'sidebar' && !sidebarLimiter.take(sender.tabId)) {
      return reject('rate-limited', 'Too many requests from this page. Wait a minute and try again.', name);
    }
    const payload = spec.payload.safeParse(env.data.payload);
    if (!payload.success) {
      // The path of the first problem only: an issue's message could quote the (secret) value.
      const field = payload.error.issues[0]?.path.join('.') || undefined;
      return reject('invalid-payload', `Invalid payload for ${name}.`, name, field);
    }
    try {
      return { ok: true, value: await handler(payload.data, sender) };
    } catch (error) {
      return { ok: false, error: plainErrorData(error) };
    }
  }

  /**
   * Works with every runtime: Chrome's native API needs sendResponse + `return true`; the fake
   * browser of the tests (and webextension-polyfill) take the returned promise.
   */
  return function listener(
    message: unknown,
    sender: MessageSenderLike,
    sendResponse?: (reply: Reply<unknown>) => void,
  ): true | Promise<Reply<unknown>> {
    const reply = dispatch(message, sender);
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
}
