// GET /orders: the outbox's records not yet settled (issue 3), oldest first, as the runner sees them.
import { Hono } from 'hono';
import { orderView } from '../views';
import type { ApiDeps } from '../deps';

export function orderRoutes({ store }: Pick<ApiDeps, 'store'>) {
  return new Hono().get('/orders', async (c) => {
    const records = [...(await store.outbox.inFlight())].sort((a, b) => a.createdAt - b.createdAt);
    return c.json({ orders: records.map(orderView) });
  });
}
