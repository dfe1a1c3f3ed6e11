import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender } from '../../../lib/messaging/sender';
import { senders } from './senders';

const kindOf = (s: (typeof senders)[keyof typeof senders]) =>
  classifySender(s, fakeBrowser.runtime.id, fakeBrowser.runtime.getURL('/'))?.kind;

describe('classifySender', () => {
  it.each([
    ['optionsPage', 'extension'],
    ['popup', 'extension'],
    ['sidebar', 'sidebar'],
    ['contentScript', 'content'],
  ] as const)('knows %s as %s', (name, kind) => {
    expect(kindOf(senders[name])).toBe(kind);
  });

  it.each([
    'foreignExtension',
    'webPage',
    'lookalikeHost',
    'plainHttp',
    'apiHost',
    'contentWithoutTab',
    'originMismatch',
    'empty',
  ] as const)('rejects %s', (name) => {
    expect(kindOf(senders[name])).toBeUndefined();
  });

  it('keeps the tab and frame of a content script', () => {
    expect(
      classifySender(senders.contentScript, fakeBrowser.runtime.id, fakeBrowser.runtime.getURL('/')),
    ).toMatchObject({
      tabId: 7,
      frameId: 0,
    });
  });
});

describe('classifySender and exact page paths (issue 11 §2)', () => {
  const id = fakeBrowser.runtime.id;
  const base = `chrome-extension://${id}`;
  const web = { id: 7, url: 'https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc' };
  const top = (path: string) => ({ id, url: `${base}${path}`, origin: base });
  const inTab = (path: string, tabUrl = `${base}${path}`) => ({
    ...top(path),
    tab: { id: 3, url: tabUrl },
    frameId: 0,
  });
  const framed = (path: string) => ({ ...top(path), tab: web, frameId: 4 });
  const kind = (s: Parameters<typeof classifySender>[0]) =>
    classifySender(s, id, fakeBrowser.runtime.getURL('/'))?.kind;

  it.each([
    ['/popup.html', undefined],
    ['/options.html#template-product-sync', undefined],
    ['/help.html#autotask-401', undefined],
    ['/log.html?from=2026-01-01&search=PO-1042&export=1', undefined],
    ['/log.html#entry-12', undefined],
    ['/review.html?poId=1042&resubmit=1', undefined],
    ['/confirm.html?action=status-refresh&poId=1042', undefined],
  ])('knows %s in a top-level extension tab or window as extension', (path) => {
    expect(kind(top(path))).toBe('extension');
    expect(kind(inTab(path))).toBe('extension');
    expect(kind({ ...inTab(path), tab: { id: 3 } })).toBe('extension'); // tab URL hidden
  });

  it.each([
    '/%73idebar.html',
    '/%6Fptions.html',
    '/%2Foptions.html',
    '/Options.html',
    '/OPTIONS.HTML',
    '/options.html/',
    '//options.html',
    '/options.html?admin=1',
    '/popup.html#settings',
    '/review.html?poId=1042&next=x',
    '/log.html#javascript:alert(1)',
    '/evil.html',
    '/background.js',
    '/',
  ])('refuses %s wherever it runs', (path) => {
    expect(kind(top(path))).toBeUndefined();
    expect(kind(framed(path))).toBeUndefined();
  });

  it.each(['/options.html', '/review.html?poId=1042', '/popup.html'])(
    'refuses %s framed in a web page or under a web tab (at most the sidebar class, and only for sidebar.html)',
    (path) => {
      expect(kind(framed(path))).toBeUndefined();
      expect(kind(inTab(path, web.url))).toBeUndefined();
      expect(kind({ ...top(path), frameId: 2 })).toBeUndefined();
    },
  );

  it.each([
    ['/sidebar.html?poId=1042', 'sidebar'],
    ['/sidebar.html?productId=72', 'sidebar'],
    ['/sidebar.html/?poId=1042', undefined],
    ['//sidebar.html?poId=1042', undefined],
    ['/Sidebar.html?poId=1042', undefined],
    ['/%73idebar.html?poId=1042', undefined],
    ['/sidebar.html?poId=1042&as=extension', undefined],
    ['/sidebar.html?poId=1042#options', undefined],
  ])('gives %s framed in a web page the class %s', (path, expected) => {
    expect(kind(framed(path))).toBe(expected);
    expect(kind(top(path))).toBe(expected); // sidebar.html opened on its own is still only the sidebar
  });
});
