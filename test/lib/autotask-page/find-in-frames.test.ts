/**
 * @vitest-environment-options { "url": "https://ww22.autotask.net/Mvc/Framework/Navigation.mvc/Landing" }
 */
/// <reference types="vitest/jsdom" />
import { describe, expect, it } from 'vitest';
import { findPageInFrames } from '../../../lib/autotask-page/find-in-frames';

const PO_DETAIL = 'https://ww22.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042';

function addFrame(doc: Document, src: string, tag: 'iframe' | 'frame' = 'iframe'): Window {
  const frame = doc.createElement(tag);
  frame.setAttribute('src', src);
  // A frame loaded from a URL has an empty document in jsdom (no network): give it a body.
  const body =
    doc.body ??
    (doc.documentElement ?? doc.appendChild(doc.createElement('html'))).appendChild(
      doc.createElement('body'),
    );
  body.append(frame);
  const child = (frame as HTMLIFrameElement).contentWindow;
  if (!child) throw new Error('jsdom created no frame window');
  return child;
}

describe('findPageInFrames', () => {
  it('finds nothing on a page that shows no purchase order or product', () => {
    addFrame(document, 'https://ww22.autotask.net/Mvc/Framework/Menu.mvc');
    expect(findPageInFrames(window)).toBeNull();
  });

  it('finds the purchase order of a child frame (the legacy frame page)', () => {
    addFrame(document, PO_DETAIL);
    expect(findPageInFrames(window)).toEqual({ kind: 'purchaseOrder', id: 1042 });
  });

  it('finds a product two frames deep', () => {
    const child = addFrame(document, 'https://ww22.autotask.net/Autotask/Popups/Frame.aspx');
    addFrame(
      child.document,
      'https://ww22.autotask.net/Mvc/Inventory/ProductDetail.mvc?productID=77',
      'frame',
    );
    expect(findPageInFrames(window)).toEqual({ kind: 'product', id: 77 });
  });

  it('prefers what the window itself shows over its frames', () => {
    jsdom.reconfigure({ url: 'https://ww22.autotask.net/Mvc/Inventory/ProductDetail.mvc?productID=5' });
    addFrame(document, PO_DETAIL);
    expect(findPageInFrames(window)).toEqual({ kind: 'product', id: 5 });
    jsdom.reconfigure({ url: 'https://ww22.autotask.net/Mvc/Framework/Navigation.mvc/Landing' });
  });

  it('ignores frames on other hosts', () => {
    addFrame(document, 'https://example.com/PurchaseOrderDetail.mvc?purchaseOrderID=1042');
    expect(findPageInFrames(window)).toBeNull();
  });
});
