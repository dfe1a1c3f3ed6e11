import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppError } from '../../../lib/errors/app-error';
import { send } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/router';
import { senders } from './senders';

const router = createRouter({
  'purchaseOrder.find': ({ query }) => (query === 'PO-1042' ? { poId: 1042 } : null),
  'templates.runNow': ({ id }) => {
    throw new AppError({
      kind: 'not-found',
      service: 'extension',
      status: 0,
      code: 'unknown-template',
      message: `No ${id}.`,
    });
  },
});

/** The popup's messages, delivered with the sender Chrome would attach to them. */
const fromPopup = () =>
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => router(message, senders.popup));

describe('send', () => {
  it('returns the handler’s value', async () => {
    fromPopup();
    expect(await send('purchaseOrder.find', { query: 'PO-1042' })).toEqual({ poId: 1042 });
    expect(await send('purchaseOrder.find', { query: 'PO-9' })).toBeNull();
  });

  it('throws the handler’s error as an AppError, checked by kind and code', async () => {
    fromPopup();
    const error = await send('templates.runNow', { id: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'not-found', code: 'unknown-template', message: 'No nope.' });
  });

  it('throws the router’s refusal when the sender is not one of ours', async () => {
    // fakeBrowser.runtime.sendMessage delivers with an empty sender: no id, no URL.
    fakeBrowser.runtime.onMessage.addListener(router);
    await expect(send('purchaseOrder.find', { query: 'PO-1042' })).rejects.toMatchObject({
      kind: 'permission',
      code: 'sender-not-allowed',
    });
  });

  it('says the background is unavailable when nothing listens', async () => {
    await expect(send('purchaseOrder.find', { query: 'PO-1042' })).rejects.toMatchObject({
      code: 'background-unavailable',
    });
  });
});
