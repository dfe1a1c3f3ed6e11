// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptedTemplates, serveApi, type Served } from './harness';

const LAST = Date.UTC(2026, 2, 1, 2, 0);
const NEXT = Date.UTC(2026, 2, 2, 2, 0);

describe('GET /runs and POST /runs/:template', () => {
  let api: Served;
  const templates = scriptedTemplates([
    {
      id: 'product-sync',
      name: 'Product Sync',
      enabled: true,
      running: false,
      lastRunAt: LAST,
      lastResult: 'partial',
      nextRunAt: NEXT,
    },
    { id: 'order-status', name: 'Get Order Status', enabled: true, running: true, lastRunAt: LAST },
    { id: 'create-orders', name: 'Create Orders from Autotask', enabled: false, running: false },
  ]);
  beforeAll(async () => {
    api = await serveApi({ templates });
  });
  afterAll(() => api.close());

  it('lists each template with its last and next run as ISO times', async () => {
    const res = await api.get('/runs');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      templates: [
        {
          id: 'product-sync',
          name: 'Product Sync',
          enabled: true,
          running: false,
          lastRunAt: '2026-03-01T02:00:00.000Z',
          lastResult: 'partial',
          nextRunAt: '2026-03-02T02:00:00.000Z',
        },
        {
          id: 'order-status',
          name: 'Get Order Status',
          enabled: true,
          running: true,
          lastRunAt: '2026-03-01T02:00:00.000Z',
        },
        { id: 'create-orders', name: 'Create Orders from Autotask', enabled: false, running: false },
      ],
    });
  });

  it('starts a template that is not running: 202', async () => {
    const res = await api.get('/runs/product-sync', { method: 'POST' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ template: 'product-sync', status: 'started' });
    expect(templates.started).toEqual(['product-sync']);
  });

  it('says 409 for a template already running, and does not start it twice', async () => {
    const res = await api.get('/runs/order-status', { method: 'POST' });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('already-running');
    expect(templates.started).toEqual(['product-sync']);
  });

  it('says 404 for a template it does not know', async () => {
    const res = await api.get('/runs/no-such-template', { method: 'POST' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not-found');
  });

  it('does not ask the scheduler about an id no template could have', async () => {
    const res = await api.get(`/runs/${'x'.repeat(61)}`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect((await api.get('/runs/Product%20Sync', { method: 'POST' })).status).toBe(404);
    expect(templates.started).toEqual(['product-sync']);
  });

  it('does not run a template on GET', async () => {
    expect((await api.get('/runs/create-orders')).status).toBe(404);
    expect(templates.started).toEqual(['product-sync']);
  });
});
