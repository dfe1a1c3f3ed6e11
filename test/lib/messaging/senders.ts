// Sender objects as Chrome builds them for each context (runtime.MessageSender).
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
/** Chrome attaches the whole tab; the router only reads its id. */
const tab = (tabId: number) => ({ id: tabId }) as NonNullable<Sender['tab']>;

const id = fakeBrowser.runtime.id;
const base = `chrome-extension://${id}`;

export const senders = {
  optionsPage: { id, url: `${base}/options.html`, origin: base },
  popup: { id, url: `${base}/popup.html`, origin: base },
  sidebar: { id, url: `${base}/sidebar.html?poId=1042`, origin: base, tab: tab(7), frameId: 4 },
  contentScript: {
    id,
    url: 'https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042',
    origin: 'https://ww22.autotask.net',
    tab: tab(7),
    frameId: 0,
  },
  foreignExtension: {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html',
  },
  webPage: { url: 'https://ww22.autotask.net/', tab: tab(7), frameId: 0 },
  lookalikeHost: { id, url: 'https://ww22.autotask.net.evil.example/po', tab: tab(8), frameId: 0 },
  plainHttp: { id, url: 'http://ww22.autotask.net/po', tab: tab(8), frameId: 0 },
  apiHost: { id, url: 'https://webservices22.autotask.net/po', tab: tab(8), frameId: 0 },
  contentWithoutTab: { id, url: 'https://ww22.autotask.net/po' },
  originMismatch: { id, url: `${base}/options.html`, origin: 'https://ww22.autotask.net', tab: tab(7) },
  empty: {},
} satisfies Record<string, Sender & { origin?: string }>;
