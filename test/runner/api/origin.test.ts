// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, scriptedTemplates, serveApi, TOKEN, type Served } from './harness';

const OTHER_ORIGIN = 'https://evil.example';

describe('CORS and the Origin check', () => {
  let api: Served;
  const templates = scriptedTemplates([
    { id: 'product-sync', name: 'Product Sync', enabled: true, running: false },
    { id: 'order-status', name: 'Get Order Status', enabled: true, running: false },
  ]);
  beforeAll(async () => {
    api = await serveApi({ templates });
  });
  afterAll(() => api.close());

  it("lets the extension's origin read answers, the CSV's file name included", async () => {
    const res = await api.get('/runs', { headers: { origin: EXTENSION_ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(res.headers.get('access-control-expose-headers')).toBe('Content-Disposition');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it("lets the extension read a 401 too, so it can say 'wrong token'", async () => {
    const res = await api.get('/runs', {
      headers: { origin: EXTENSION_ORIGIN, authorization: 'Bearer nope' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
  });

  it('gives another origin no CORS header at all', async () => {
    const res = await api.get('/runs', { headers: { origin: OTHER_ORIGIN } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it("answers the extension's preflight for the Authorization header", async () => {
    const res = await fetch(`${api.base}/runs/product-sync`, {
      method: 'OPTIONS',
      headers: {
        origin: EXTENSION_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('Authorization');
    expect(templates.started).toEqual([]);
  });

  it("refuses another origin's preflight, with no CORS header", async () => {
    const res = await fetch(`${api.base}/runs/product-sync`, {
      method: 'OPTIONS',
      headers: {
        origin: OTHER_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('refuses Run now from another origin even with the right token', async () => {
    const res = await api.get('/runs/product-sync', {
      method: 'POST',
      headers: { origin: OTHER_ORIGIN, authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('origin-not-allowed');
    expect(templates.started).toEqual([]);
  });

  it("refuses a write from an opaque origin ('null': a sandboxed frame, a file)", async () => {
    const res = await api.get('/runs/product-sync', { method: 'POST', headers: { origin: 'null' } });
    expect(res.status).toBe(403);
    expect(templates.started).toEqual([]);
  });

  it("runs now from the extension's origin", async () => {
    const res = await api.get('/runs/order-status', {
      method: 'POST',
      headers: { origin: EXTENSION_ORIGIN },
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(templates.started).toEqual(['order-status']);
  });
});
