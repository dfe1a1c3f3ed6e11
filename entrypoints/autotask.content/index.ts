// Thin entrypoint: runs in every frame of *.autotask.net (a match pattern cannot say ww*), and
// startBridge decides whether to act (ww<N> hosts, top frame only). WXT's ctx removes everything
// when the extension reloads or updates. Nothing secret is ever read or sent from here.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchChanges } from '../../lib/settings/changes';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';
import { send } from '../../lib/messaging/client';
import { isFromOwnExtension, parseTabMessage } from '../../lib/autotask-page/tab-messages';
import { startBridge } from './bridge';
import { guardScriptStartedEvent } from './forged-start-guard';

export default defineContentScript({
  matches: ['https://*.autotask.net/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would post its stop-signal's name to the page (issue 11 §4); see forged-start-guard.ts.
  noScriptStartedPostMessage: true,
  main(ctx) {
    provideSettingsArea(extensionSettingsArea);
    guardScriptStartedEvent(ctx);
    const bridge = startBridge(ctx, {
      win: window,
      report: (page) => send('page.report', page ? { kind: page.kind, id: page.id } : { kind: 'none' }),
      sidebarUrl: (query) => browser.runtime.getURL('/sidebar.html') + (query ? `?${query}` : ''),
      watchChanges,
    });
    const origin = browser.runtime.getURL('/');
    const onMessage = (
      message: unknown,
      sender: { id?: string; url?: string },
      reply: (r: unknown) => void,
    ) => {
      const parsed = parseTabMessage(message);
      if (!parsed || !isFromOwnExtension(sender, browser.runtime.id, origin)) return;
      bridge.handle(parsed);
      reply({ ok: true }); // answer synchronously so the sender's promise settles
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
