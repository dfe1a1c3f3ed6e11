// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerToken, sameToken } from '../../../runner/api/auth';
import { createApi } from '../../../runner/api/app';
import { createFakeStore } from './fake-store';
import { scriptedTemplates, serveApi, TOKEN, type Served } from './harness';

describe('the token comparison', () => {
  it('accepts only the very same token', () => {
    expect(sameToken(TOKEN, TOKEN)).toBe(true);
    expect(sameToken(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(sameToken(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(sameToken(TOKEN.toUpperCase(), TOKEN)).toBe(false);
    expect(sameToken('', TOKEN)).toBe(false);
  });

  it('compares tokens of any length without throwing (timingSafeEqual needs equal lengths)', () => {
    expect(() => sameToken('a', 'b'.repeat(10_000))).not.toThrow();
    expect(sameToken('é'.repeat(20), 'e'.repeat(20))).toBe(false);
  });

  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['BEARER  abc ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    ['', undefined],
  ])('reads the token of %j as %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe('the bearer token on the wire', () => {
  let api: Served;
  beforeAll(async () => {
    api = await serveApi();
  });
  afterAll(() => api.close());

  it('serves health without a token, saying nothing but that it is up', async () => {
    const res = await fetch(`${api.base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it.each(['/log', '/log/1', '/log.csv', '/log/daily?starts=0', '/runs', '/orders', '/no-such-endpoint'])(
    'refuses %s without a token, asking for Bearer',
    async (path) => {
      const res = await api.get(path, { headers: { authorization: '' } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual({
        error: { code: 'unauthorized', message: 'A valid bearer token is required.' },
      });
    },
  );

  it('refuses a wrong token without echoing what was sent or what is expected', async () => {
    const wrong = 'wrong-token-that-is-long-enough';
    const res = await api.get('/log', { headers: { authorization: `Bearer ${wrong}` } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    const text = await res.text();
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(TOKEN);
  });

  it('refuses the token under another scheme', async () => {
    const res = await api.get('/runs', { headers: { authorization: `Basic ${TOKEN}` } });
    expect(res.status).toBe(401);
  });

  it('refuses Run now without the token, and does not start the run', async () => {
    const templates = scriptedTemplates([
      { id: 'product-sync', name: 'Product Sync', enabled: true, running: false },
    ]);
    const own = await serveApi({ templates });
    try {
      const res = await own.get('/runs/product-sync', { method: 'POST', headers: { authorization: '' } });
      expect(res.status).toBe(401);
      expect(templates.started).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('answers the right token', async () => {
    const res = await api.get('/runs');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('will not start with a token short enough to guess', () => {
    const deps = { store: createFakeStore(), allowedOrigins: [], templates: scriptedTemplates([]) };
    expect(() => createApi({ ...deps, token: '' })).toThrow(/at least 16/);
    expect(() => createApi({ ...deps, token: 'short' })).toThrow(/at least 16/);
  });
});
