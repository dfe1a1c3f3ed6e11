// Messages to the background as our extension pages send them (lib/messaging/client.ts), built by
// hand here so that the e2e suite can also forge them from the wrong context.
import type { Page } from 'playwright-core';
import type { MessageName, PayloadOf } from '../../../lib/messaging/protocol';
import type { Reply, ResultOf } from '../../../lib/messaging/results';

export function envelope<N extends MessageName>(name: N, payload: PayloadOf<N>) {
  return { name, payload };
}

/** The `chrome` global of an extension context, as far as these tests use it. */
export interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
}

/** Sends a message from an extension page (sender kind 'extension'), e.g. to read the state. */
export async function sendFromExtensionPage<N extends MessageName>(
  page: Page,
  name: N,
  payload: PayloadOf<N>,
): Promise<Reply<ResultOf<N>>> {
  const reply = await page.evaluate(
    (message) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(message),
    envelope(name, payload),
  );
  return reply as Reply<ResultOf<N>>;
}
