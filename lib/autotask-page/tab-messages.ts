// Messages our extension pages send INTO an Autotask tab's content script (browser.tabs.sendMessage).
// They only change how the sidebar is shown — never data, never an action on Autotask or a distributor —
// and the content script accepts them only from our own extension pages (see isFromOwnExtension).

export type TabMessage =
  /** Popup `Open sidebar`: mount (even when the page was not recognised) and expand. */
  | { type: 'autotask-bridge.open' }
  /** The sidebar's own `Collapse` button. */
  | { type: 'autotask-bridge.collapse' }
  /** The sidebar checked the PO: the inline badges may have changed (the content script re-reads them). */
  | { type: 'autotask-bridge.badges-changed' };

const TYPES: ReadonlySet<string> = new Set([
  'autotask-bridge.open',
  'autotask-bridge.collapse',
  'autotask-bridge.badges-changed',
]);

export function parseTabMessage(value: unknown): TabMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const keys = Object.keys(value);
  const type = (value as { type?: unknown }).type;
  if (keys.length !== 1 || typeof type !== 'string' || !TYPES.has(type)) return null;
  return { type } as TabMessage;
}

export interface MessageSenderLike {
  id?: string;
  url?: string;
}

/**
 * Only our own extension pages (popup, sidebar) may steer the sidebar: the sender must carry our
 * extension id AND an URL on our extension origin (a content script's sender URL is the web page's).
 */
export function isFromOwnExtension(sender: MessageSenderLike, extensionId: string, extensionOrigin: string) {
  return (
    sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)
  );
}
