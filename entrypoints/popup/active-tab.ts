// The popup's view of the active tab: is it an Autotask web-UI page, and how to open the sidebar there.
import { browser } from 'wxt/browser';
import { isBridgePage } from '../../lib/autotask-page/page-shapes';
import type { TabMessage } from '../../lib/autotask-page/tab-messages';

/** The tab's id when it shows ww<N>.autotask.net (tab.url is visible through host permissions). */
export function autotaskTabId(tab: { id?: number; url?: string } | undefined): number | undefined {
  return tab?.id !== undefined && tab.url !== undefined && isBridgePage(tab.url) ? tab.id : undefined;
}

export async function activeAutotaskTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return autotaskTabId(tab);
}

export async function openSidebarIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const message: TabMessage = { type: 'autotask-bridge.open' };
  // frameId 0: only the top frame mounts the sidebar (one per tab).
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  window.close();
}
