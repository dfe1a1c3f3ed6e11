// Helpers of the sidebar page: what it was asked to show, and how it asks to be collapsed.
import { browser } from 'wxt/browser';
import type { SidebarTarget } from '../../components/sidebar/sidebar-app';
import type { TabMessage } from '../../lib/autotask-page/tab-messages';

const ID = /^[1-9][0-9]{0,14}$/;

function positiveId(value: string | null): number | undefined {
  return value !== null && ID.test(value) ? Number(value) : undefined;
}

export function targetFromQuery(search: string): SidebarTarget {
  const params = new URLSearchParams(search);
  return { poId: positiveId(params.get('poId')), productId: positiveId(params.get('productId')) };
}

/**
 * The collapse control belongs to the content script (it owns the host element). The sidebar frame
 * sits in the Autotask tab, so tabs.getCurrent() names that tab; frameId 0 reaches its top frame only.
 * No postMessage: the host page could forge or intercept that.
 */
export async function requestCollapse(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const message: TabMessage = { type: 'autotask-bridge.collapse' };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
}
