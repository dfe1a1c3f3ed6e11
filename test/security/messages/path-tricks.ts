// Issue 11 §2: senders whose URL is one of our pages with a trick in its path, or one of our pages
// where it must not be (framed in a web page, under a web tab), or a page we do not have. Chrome
// loads several of these as our own pages (`/%73idebar.html` was answered as the extension once);
// the router must give each of them no sender class at all.

export type PathTrickName =
  | 'encodedSidebarFramed'
  | 'encodedSidebarTop'
  | 'encodedOptions'
  | 'encodedSlashOptions'
  | 'upperOptions'
  | 'upperSidebarFramed'
  | 'trailingSlashOptions'
  | 'trailingSlashSidebarFramed'
  | 'doubleSlashOptions'
  | 'doubleSlashSidebarFramed'
  | 'optionsWithQuery'
  | 'popupWithHash'
  | 'reviewWithExtraQuery'
  | 'sidebarWithExtraQuery'
  | 'sidebarWithHash'
  | 'optionsFramedInWebPage'
  | 'reviewFramedInWebPage'
  | 'optionsUnderWebTab'
  | 'unknownPage';

export interface PathTrick {
  /** Appended to `chrome-extension://<id>`. */
  path: string;
  /** top: an extension tab or window; framed: a frame in an Autotask tab; web-tab: frame 0 of a tab showing a web page. */
  where: 'top' | 'framed' | 'web-tab';
}

export const PATH_TRICKS: Record<PathTrickName, PathTrick> = {
  encodedSidebarFramed: { path: '/%73idebar.html?poId=1042', where: 'framed' },
  encodedSidebarTop: { path: '/%73idebar.html', where: 'top' },
  encodedOptions: { path: '/%6Fptions.html', where: 'top' },
  encodedSlashOptions: { path: '/%2Foptions.html', where: 'top' },
  upperOptions: { path: '/Options.html', where: 'top' },
  upperSidebarFramed: { path: '/SIDEBAR.HTML?poId=1042', where: 'framed' },
  trailingSlashOptions: { path: '/options.html/', where: 'top' },
  trailingSlashSidebarFramed: { path: '/sidebar.html/?poId=1042', where: 'framed' },
  doubleSlashOptions: { path: '//options.html', where: 'top' },
  doubleSlashSidebarFramed: { path: '//sidebar.html?poId=1042', where: 'framed' },
  optionsWithQuery: { path: '/options.html?admin=1', where: 'top' },
  popupWithHash: { path: '/popup.html#settings', where: 'top' },
  reviewWithExtraQuery: { path: '/review.html?poId=1042&next=https://evil.example/', where: 'top' },
  sidebarWithExtraQuery: { path: '/sidebar.html?poId=1042&as=extension', where: 'framed' },
  sidebarWithHash: { path: '/sidebar.html?poId=1042#options', where: 'framed' },
  optionsFramedInWebPage: { path: '/options.html', where: 'framed' },
  reviewFramedInWebPage: { path: '/review.html?poId=1042', where: 'framed' },
  optionsUnderWebTab: { path: '/options.html', where: 'web-tab' },
  unknownPage: { path: '/evil.html', where: 'top' },
};

export const PATH_TRICK_NAMES = Object.keys(PATH_TRICKS) as PathTrickName[];

/** A Chrome-shaped runtime.MessageSender for the trick (`tabId` of the Autotask tab when framed). */
export function trickSender(trick: PathTrick, extensionId: string, tabId = 9) {
  const base = `chrome-extension://${extensionId}`;
  const web = 'https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042';
  const common = { id: extensionId, url: `${base}${trick.path}`, origin: base };
  if (trick.where === 'top') return common;
  return { ...common, tab: { id: tabId, url: web }, frameId: trick.where === 'framed' ? 4 : 0 };
}
