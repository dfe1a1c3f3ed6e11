import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../../lib/errors/classify';

describe('looksLikeHtml', () => {
  it.each([
    ['a login page', '<!DOCTYPE html><html><body>Sign in</body></html>', null],
    ['a page that starts with a comment', '<!-- maintenance --><head><title>x</title></head>', null],
    ['any body served as text/html', '{"items":[]}', 'text/html; charset=utf-8'],
  ])('recognises %s', (_what, text, contentType) => {
    expect(looksLikeHtml(text, contentType)).toBe(true);
  });

  it.each([
    ['a JSON answer whose product is named like a tag', '{"item":{"name":"<body onload=alert(1)>"}}'],
    ['a JSON list with a <head> value', '[{"description":"<head>x</head>"}]'],
    [
      'an XML answer with an escaped-looking body tag in text',
      '<?xml version="1.0"?><r><d><body >x</body ></d></r>',
    ],
  ])('does not take %s for a page', (_what, text) => {
    expect(looksLikeHtml(text, 'application/json')).toBe(false);
  });
});
