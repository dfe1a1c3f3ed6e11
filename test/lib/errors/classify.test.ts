import { describe, expect, it } from 'vitest';
import { classifyStatus, classifyThrown, looksLikeHtml, parseRetryAfter } from '../../../lib/errors/classify';

const request = { method: 'POST', url: 'https://webservices22.autotask.net/atservicesrest/V1.0/Products' };

describe('classifyStatus', () => {
  it.each([
    [401, 'auth'],
    [403, 'permission'],
    [404, 'not-found'],
    [405, 'validation'],
    [409, 'conflict'],
    [429, 'throttled'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('maps HTTP %i to %s', (status, kind) => {
    const error = classifyStatus(status, 'autotask', { request });
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.request).toEqual(request);
    expect(error.message).toContain('Autotask');
  });
});

describe('classifyThrown', () => {
  it('calls a timeout a network error with status 0, outcome unknown for a write', () => {
    const error = classifyThrown(new DOMException('t', 'TimeoutError'), 'autotask', {
      ...request,
      intent: 'write',
    });
    expect(error).toMatchObject({ kind: 'network', code: 'timeout', status: 0, outcomeUnknown: true });
  });

  it('calls an abort cancelled and a TypeError a network error; reads have no outcome flag', () => {
    expect(
      classifyThrown(new DOMException('a', 'AbortError'), 'distributor', { ...request, intent: 'read' }).kind,
    ).toBe('cancelled');
    const network = classifyThrown(new TypeError('fetch failed'), 'distributor', {
      ...request,
      intent: 'read',
      distributor: { id: 'tdsynnex', label: 'TD SYNNEX' },
    });
    expect(network).toMatchObject({
      kind: 'network',
      status: 0,
      service: 'distributor',
      distributor: 'tdsynnex',
    });
    expect(network.outcomeUnknown).toBeUndefined();
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html></html>', null, true],
    ['  <html><body>Sign in</body></html>', 'application/json', true],
    ['anything', 'text/html; charset=utf-8', true],
    ['<?xml version="1.0"?><PriceAvailabilityList/>', 'application/xml', false],
    ['{"items":[]}', 'application/json', false],
  ])('%s (%s) → %s', (text, type, expected) => {
    expect(looksLikeHtml(text, type)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores rubbish', () => {
    const now = Date.parse('2025-11-25T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 25 Nov 2025 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 25 Nov 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
