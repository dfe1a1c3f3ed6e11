// `Authorization: Bearer <token>` (RFC 6750) on every endpoint but /health. One shared token: the
// person who set the runner up gives it to the extension's Options → Team runner.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors';

/** Shorter tokens are refused when the API is created: an empty one would let anyone in. */
export const MIN_TOKEN_LENGTH = 16;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Compares in constant time. Both sides are hashed first: `timingSafeEqual` needs equal lengths, and
 * comparing digests means neither the time nor an early length check tells how long the token is.
 */
export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}

/** The token of an `Authorization` header; the scheme name is case-insensitive (RFC 7235 §2.1). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1];
}

export function bearerAuth(token: string): MiddlewareHandler {
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`The runner's API token must be at least ${MIN_TOKEN_LENGTH} characters long.`);
  }
  return async (c, next) => {
    const given = bearerToken(c.req.header('authorization'));
    if (given !== undefined && sameToken(given, token)) return next();
    // RFC 6750 §3: say the scheme; `invalid_token` only when a token was sent. The token is never echoed.
    c.header('WWW-Authenticate', given === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
    return apiError(c, 401, 'unauthorized', 'A valid bearer token is required.');
  };
}
