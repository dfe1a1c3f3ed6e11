// GET /health: the one endpoint without the token, for Docker's HEALTHCHECK and a load balancer.
// It says only that the API answers — no version, template names or store details for strangers.
import { Hono } from 'hono';

export function healthRoutes() {
  return new Hono().get('/health', (c) => c.json({ ok: true }));
}
