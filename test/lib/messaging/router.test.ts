import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppError } from '../../../lib/errors/app-error';
import { MAX_MESSAGE_BYTES, createRouter } from '../../../lib/messaging/router';
import type { RejectReason, RouterHandlers } from '../../../lib/messaging/router';
import type { Reply } from '../../../lib/messaging/results';
import { senders } from './senders';

const CANARY = 'canary-Secret-7f3a9c';
const CONNECT = {
  userName: 'api@contoso-msp.example',
  secret: CANARY,
  integrationCode: 'DEMOINTEGRATIONCODE0000000001',
};

let calls: string[];
let rejected: RejectReason[];

const handlers: RouterHandlers = {
  'autotask.connect': (payload) => {
    calls.push(`autotask.connect ${payload.userName}`);
    return { connected: true, tenantId: 684213, zoneName: 'America East 3', missing: [], warnings: [] };
  },
  'templates.runNow': ({ id }) => {
    calls.push(`templates.runNow ${id}`);
    return { started: true };
  },
  'purchaseOrder.find': ({ query }) => {
    calls.push(`purchaseOrder.find ${query}`);
    return { poId: 1042 };
  },
  'page.report': ({ kind }, sender) => {
    calls.push(`page.report ${kind} from tab ${sender.tabId}`);
    return { showSidebar: true };
  },
  'log.recent': () => {
    throw new AppError({
      kind: 'storage',
      service: 'extension',
      status: 0,
      code: 'quota-exceeded',
      message: 'Full.',
    });
  },
  'vendors.list': () => {
    throw new Error(`database said: Secret=${CANARY}`);
  },
};

async function send(
  message: unknown,
  sender: (typeof senders)[keyof typeof senders],
): Promise<Reply<unknown>> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender,
  )) as unknown as Reply<unknown>[];
  expect(replies).toHaveLength(1);
  return replies[0]!;
}

beforeEach(() => {
  calls = [];
  rejected = [];
  fakeBrowser.runtime.onMessage.addListener(
    createRouter(handlers, { onRejected: (reason) => rejected.push(reason) }),
  );
});

describe('the message router', () => {
  it('runs an extension page’s request with the parsed payload and replies ok', async () => {
    const reply = await send({ name: 'autotask.connect', payload: CONNECT }, senders.optionsPage);
    expect(reply).toEqual({
      ok: true,
      value: { connected: true, tenantId: 684213, zoneName: 'America East 3', missing: [], warnings: [] },
    });
    expect(calls).toEqual(['autotask.connect api@contoso-msp.example']);
  });

  it('lets the content script report its page, and tells the handler which tab it is', async () => {
    const reply = await send(
      { name: 'page.report', payload: { kind: 'purchaseOrder', id: 1042 } },
      senders.contentScript,
    );
    expect(reply).toEqual({ ok: true, value: { showSidebar: true } });
    expect(calls).toEqual(['page.report purchaseOrder from tab 7']);
  });

  it('rejects a forged message from a content script that asks the background to act', async () => {
    for (const message of [
      { name: 'autotask.connect', payload: CONNECT },
      { name: 'templates.runNow', payload: { id: 'create-orders' } },
    ]) {
      const reply = await send(message, senders.contentScript);
      expect(reply).toMatchObject({ ok: false, error: { kind: 'permission', code: 'sender-not-allowed' } });
    }
    expect(calls).toEqual([]);
  });

  it('lets the sidebar read but not act', async () => {
    expect(
      await send({ name: 'purchaseOrder.find', payload: { query: 'PO-1042' } }, senders.sidebar),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await send({ name: 'templates.runNow', payload: { id: 'create-orders' } }, senders.sidebar),
    ).toMatchObject({
      ok: false,
      error: { code: 'sender-not-allowed' },
    });
    expect(calls).toEqual(['purchaseOrder.find PO-1042']);
  });

  it.each([
    [
      'a payload of the wrong shape',
      { name: 'purchaseOrder.find', payload: { query: 1042 } },
      senders.optionsPage,
      'invalid-payload',
    ],
    [
      'an extra payload field',
      { name: 'templates.runNow', payload: { id: 'x', force: true } },
      senders.optionsPage,
      'invalid-payload',
    ],
    ['a missing payload', { name: 'templates.runNow' }, senders.optionsPage, 'bad-envelope'],
    [
      'an extra envelope field',
      { name: 'templates.runNow', payload: { id: 'x' }, tabId: 1 },
      senders.optionsPage,
      'bad-envelope',
    ],
    ['a bare string', 'templates.runNow', senders.optionsPage, 'bad-envelope'],
    [
      'an unknown name',
      { name: 'orders.submitEverything', payload: {} },
      senders.optionsPage,
      'unknown-message',
    ],
    [
      'an inherited property name',
      { name: 'constructor', payload: {} },
      senders.optionsPage,
      'unknown-message',
    ],
    [
      'a name without a handler',
      { name: 'settings.get', payload: {} },
      senders.optionsPage,
      'unknown-message',
    ],
    [
      'another extension',
      { name: 'templates.runNow', payload: { id: 'x' } },
      senders.foreignExtension,
      'sender-not-allowed',
    ],
    ['a web page', { name: 'page.report', payload: { kind: 'none' } }, senders.webPage, 'sender-not-allowed'],
    [
      'a look-alike host',
      { name: 'page.report', payload: { kind: 'none' } },
      senders.lookalikeHost,
      'sender-not-allowed',
    ],
    [
      'a huge payload',
      { name: 'purchaseOrder.find', payload: { query: 'x'.repeat(MAX_MESSAGE_BYTES) } },
      senders.optionsPage,
      'too-large',
    ],
  ] as const)('rejects %s before any handler runs', async (_what, message, sender, reason) => {
    const reply = await send(message, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: reason, service: 'extension' } });
    expect(rejected).toEqual([reason]);
    expect(calls).toEqual([]);
  });

  it('never echoes a rejected payload, so a secret in it does not travel back', async () => {
    const reply = await send(
      { name: 'autotask.connect', payload: { ...CONNECT, extra: 1 } },
      senders.optionsPage,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(JSON.stringify(reply)).not.toContain(CANARY);
  });

  it('turns a handler’s AppError into plain error data', async () => {
    const reply = await send({ name: 'log.recent', payload: { limit: 5 } }, senders.popup);
    expect(reply).toEqual({
      ok: false,
      error: { kind: 'storage', service: 'extension', status: 0, code: 'quota-exceeded', message: 'Full.' },
    });
  });

  it('refuses a distributor message naming no distributor, or one the registry does not know', async () => {
    for (const payload of [{}, { distributor: 'acme' }, { distributor: 'tdsynnex', extra: 1 }]) {
      const reply = await send({ name: 'vendors.list', payload }, senders.optionsPage);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(calls).toEqual([]);
  });

  it('hides the text and stack of an unexpected error, which may quote a secret', async () => {
    const reply = await send(
      { name: 'vendors.list', payload: { distributor: 'tdsynnex' } },
      senders.optionsPage,
    );
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'Unexpected error in the extension (Error).' },
    });
    expect(JSON.stringify(reply)).not.toContain(CANARY);
    expect(JSON.stringify(reply)).not.toContain('at ');
  });

  it('answers through sendResponse and keeps the channel open, as Chrome’s native API needs', async () => {
    const listener = createRouter(handlers);
    const reply = new Promise((resolve) => {
      expect(
        listener({ name: 'purchaseOrder.find', payload: { query: 'PO-1042' } }, senders.popup, resolve),
      ).toBe(true);
    });
    expect(await reply).toEqual({ ok: true, value: { poId: 1042 } });
  });
});
