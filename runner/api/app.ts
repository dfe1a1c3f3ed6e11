// The runner's HTTP API (issue 13 §2), under /api/v1: health without the token; the log, its CSV,
// template runs, orders in flight and `Run now` with it. Serve it with @hono/node-server.
import { Hono } from 'hono';
import { bearerAuth } from './auth';
import { apiError } from './errors';
import { originPolicy } from './origin';
import { healthRoutes } from './routes/health';
import { logCsvRoutes } from './routes/log-csv';
import { logRoutes } from './routes/log';
import { orderRoutes } from './routes/orders';
import { runRoutes } from './routes/runs';
import type { ApiDeps } from './deps';

export const API_PREFIX = '/api/v1';

export function createApi(deps: ApiDeps) {
  const app = new Hono();
  app.use('*', originPolicy(deps.allowedOrigins));
  app.use('*', async (c, next) => {
    await next();
    // Log rows are the team's business data: no shared cache keeps them, no browser sniffs a type.
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  // Registered before the token check, which therefore never runs for it: Hono runs a path's
  // handlers in the order they were added and stops at the first that answers.
  app.route(API_PREFIX, healthRoutes());
  app.use(`${API_PREFIX}/*`, bearerAuth(deps.token));
  app.route(API_PREFIX, logCsvRoutes(deps));
  app.route(API_PREFIX, logRoutes(deps));
  app.route(API_PREFIX, runRoutes(deps));
  app.route(API_PREFIX, orderRoutes(deps));
  app.notFound((c) => apiError(c, 404, 'not-found', 'No such endpoint.'));
  app.onError((err, c) => {
    deps.onError?.(err);
    return apiError(c, 500, 'internal', 'The runner could not answer this request.');
  });
  return app;
}
