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
