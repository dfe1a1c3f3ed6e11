// CORS for the extension's origins only (issue 13 §2). Other origins get no CORS header at all, so a
// browser never lets a web page read an answer; and since CORS does not stop a "simple" cross-site
// POST from being sent, a write (or a preflight) from any other Origin is refused outright. Requests
// without an Origin header (curl, a script on the server) are not browsers' cross-site requests and
// go on to the token check.
import { cors } from 'hono/cors';
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export function originPolicy(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  const extensionCors = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Authorization'],
    // The CSV's file name, for the extension's download.
    exposeHeaders: ['Content-Disposition'],
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && allowed.has(origin)) return extensionCors(c, next);
    // A cached answer must not serve one origin's headers to another.
    c.header('Vary', 'Origin', { append: true });
    if (origin !== undefined && !SAFE_METHODS.has(c.req.method)) {
      return apiError(c, 403, 'origin-not-allowed', 'Requests from this origin are not allowed.');
    }
    return next();
  };
}
