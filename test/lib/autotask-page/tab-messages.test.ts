import { describe, expect, it } from 'vitest';
import { isFromOwnExtension, parseTabMessage } from '../../../lib/autotask-page/tab-messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('parseTabMessage', () => {
  it.each([
    [{ type: 'autotask-bridge.open' }, { type: 'autotask-bridge.open' }],
    [{ type: 'autotask-bridge.collapse' }, { type: 'autotask-bridge.collapse' }],
    [{ type: 'autotask-bridge.badges-changed' }, { type: 'autotask-bridge.badges-changed' }],
    [{ type: 'autotask-bridge.submit' }, null],
    [{ type: 'autotask-bridge.open', poId: 5 }, null],
    [{ type: 1 }, null],
    ['autotask-bridge.open', null],
    [null, null],
  ])('reads %j as %j', (message, expected) => {
    expect(parseTabMessage(message)).toEqual(expected);
  });
});

describe('isFromOwnExtension', () => {
  it('accepts our popup and sidebar pages', () => {
    expect(isFromOwnExtension({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isFromOwnExtension({ id: ID, url: `${ORIGIN}sidebar.html?poId=1` }, ID, ORIGIN)).toBe(true);
  });

  it.each([
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/popup.html' }],
    ['a web page with our id claimed', { id: ID, url: 'https://ww22.autotask.net/' }],
    ['a sender without a URL', { id: ID }],
  ])('rejects %s', (_name, sender) => {
    expect(isFromOwnExtension(sender, ID, ORIGIN)).toBe(false);
  });
});
