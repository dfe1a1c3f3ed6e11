// Tells the content script in the host tab that the inline badges may have changed. Through
// tabs.sendMessage to the tab's top frame, never window.postMessage: the host page would see that
// (and could forge it). The message carries no data; the content script asks the background.
import { browser } from 'wxt/browser';
import type { TabMessage } from '../../lib/autotask-page/tab-messages';

export async function nudgeBadges(): Promise<void> {
  if (window.top === window) return;
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const message: TabMessage = { type: 'autotask-bridge.badges-changed' };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
}
