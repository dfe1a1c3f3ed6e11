// Issue 11 §1 at the router: nothing the framable sidebar may send writes, and a tab that floods the
// background with sidebar messages is cut off (its own bucket), with a clear error and hint.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AppErrorData } from '../../../lib/errors/app-error';
import { hintFor } from '../../../lib/hints/hints';
import { protocol } from '../../../lib/messaging/protocol';
import type { MessageName } from '../../../lib/messaging/protocol';
import { createRouter } from '../../../lib/messaging/router';
import type { RouterHandlers } from '../../../lib/messaging/router';
import type { Reply } from '../../../lib/messaging/results';
import { createTabLimiter } from '../../../lib/messaging/tab-limiter';
import { senders } from './senders';

let calls: string[];

const handlers: RouterHandlers = {
  'purchaseOrder.find': ({ query }) => {
    calls.push(`find ${query}`);
    return { poId: 1042 };
  },
  'product.syncNow': () => {
    calls.push('product.syncNow');
    throw new Error('must not run');
  },
  'orderStatus.refresh': () => {
    calls.push('orderStatus.refresh');
    throw new Error('must not run');
  },
  'product.reviewSync': () => {
    calls.push('product.reviewSync');
    return { opened: true };
  },
  'orderStatus.reviewRefresh': () => {
    calls.push('orderStatus.reviewRefresh');
    return { opened: true };
  },
};

async function send(message: unknown, sender: object): Promise<Reply<unknown>> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender as never,
  )) as unknown as Reply<unknown>[];
  return replies[0]!;
}

const find = { name: 'purchaseOrder.find', payload: { query: 'PO-1042' } };
const otherTab = { ...senders.sidebar, tab: { id: 9 } };

beforeEach(() => {
  calls = [];
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(
    createRouter(handlers, { sidebarLimiter: createTabLimiter({ burst: 10, refillPerSecond: 0.001 }) }),
  );
});

describe('the sidebar cannot write', () => {
  it.each([
    { name: 'product.syncNow', payload: { productId: 72 } },
    { name: 'orderStatus.refresh', payload: { poId: 1042 } },
  ])('refuses $name from the sidebar', async (message) => {
    const reply = await send(message, senders.sidebar);
    expect(reply).toMatchObject({ ok: false, error: { code: 'sender-not-allowed' } });
    expect(calls).toEqual([]);
  });

  it('may only ask to open the confirmation windows', async () => {
    expect(await send({ name: 'product.reviewSync', payload: { productId: 72 } }, senders.sidebar)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(
      await send({ name: 'orderStatus.reviewRefresh', payload: { poId: 1042 } }, senders.sidebar),
    ).toEqual({ ok: true, value: { opened: true } });
    expect(calls).toEqual(['product.reviewSync', 'orderStatus.reviewRefresh']);
  });

  it('is allowed exactly the messages that read or open a window (a new one must be added here on purpose)', () => {
    const fromSidebar = (Object.keys(protocol) as MessageName[])
      .filter((name) => (protocol[name].from as readonly string[]).includes('sidebar'))
      .sort();
    expect(fromSidebar).toEqual(
      [
        'connection.status',
        'log.forKey',
        'log.recent',
        'order.check',
        'order.review',
        'order.state',
        'orderStatus.get',
        'orderStatus.reviewRefresh',
        'orders.waiting',
        'product.reviewSync',
        'product.syncInfo',
        'purchaseOrder.find',
        'purchaseOrder.get',
        'sku.syncStatus',
        'templates.list',
      ].sort(),
    );
  });
});

describe('a tab flooding the background through sidebar frames', () => {
  it('gets its burst, then "Too many requests from this page" with its hint; other tabs and our pages go on', async () => {
    const replies = [];
    for (let i = 0; i < 50; i++) replies.push(await send(find, senders.sidebar));
    expect(replies.filter((r) => r.ok)).toHaveLength(10);
    const refused = replies.find((r) => !r.ok);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        kind: 'throttled',
        code: 'rate-limited',
        message: expect.stringMatching(/^Too many requests from this page/),
      },
    });
    expect(hintFor((refused as { error: AppErrorData }).error).id).toBe('sidebar-rate-limited');
    expect(calls).toHaveLength(10);

    expect((await send(find, otherTab)).ok).toBe(true);
    for (let i = 0; i < 20; i++) expect((await send(find, senders.popup)).ok).toBe(true);
  });
});
