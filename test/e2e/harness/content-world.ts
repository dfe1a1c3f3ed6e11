// Runs code in our content script's isolated world of a tab — the context a compromised or forged
// content script would have — to prove what the background accepts from it (issue 2 §4). Playwright
// has no handle on isolated worlds, so this goes through CDP: the world is the execution context
// whose auxData.type is 'isolated' and whose origin is our extension, in the tab's top frame.
import type { CDPSession, Page } from 'playwright-core';

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export interface ContentWorld {
  /** `chrome.runtime.sendMessage(message)` from the content script's world; resolves to the reply. */
  sendMessage(message: unknown): Promise<unknown>;
  /** Evaluates an expression (awaited, returned by value) in the content script's world. */
  evaluate(expression: string): Promise<unknown>;
  detach(): Promise<void>;
}

export async function contentWorld(
  page: Page,
  extensionId: string,
  timeoutMs = 10_000,
): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ContextDescription }) => {
    contexts.push(event.context);
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    contexts.length = 0;
  });
  // Runtime.enable reports every existing context, then each new one.
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const topFrameId = frameTree.frame.id;
  const ours = (c: ContextDescription) =>
    c.auxData?.type === 'isolated' &&
    c.auxData.frameId === topFrameId &&
    (c.origin === `chrome-extension://${extensionId}` || c.name.includes(extensionId));

  // The content script is injected at document_idle, possibly after the page reports "load".
  const deadline = Date.now() + timeoutMs;
  let world = contexts.find(ours);
  while (!world && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    world = contexts.find(ours);
  }
  if (!world) {
    await cdp.detach();
    const seen = contexts.map((c) => `${c.auxData?.type}:${c.origin || c.name}`).join(', ');
    throw new Error(`No content-script world of ${extensionId} in ${page.url()} (contexts: ${seen})`);
  }
  const contextId = world.id;
  const evaluate = (expression: string) => evaluateIn(cdp, contextId, expression);
  return {
    evaluate,
    sendMessage: (message) => evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`),
    detach: () => cdp.detach(),
  };
}

async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const reply = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as {
    result: { value?: unknown };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (reply.exceptionDetails) {
    const detail = reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text;
    throw new Error(`Content-script world threw: ${detail}`);
  }
  return reply.result.value;
}
