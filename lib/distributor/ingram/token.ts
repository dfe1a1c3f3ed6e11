// The OAuth2 client-credentials token (APIS.md §2.1, IM-AUTH): POSTed form-encoded to
// /oauth/oauth20/token. [decision] IM-SPEC models this call as a GET with the secret in the query
// string; we follow IM-AUTH's POST so the client secret never sits in a URL (URLs reach logs).
// The token lives in memory only — never persisted, never logged — and is replaced
// TOKEN_REFRESH_MARGIN_MS before it expires, or when an API call answers 401 (`invalidate`).
// Concurrent callers share one in-flight token request.
import type { HttpSend } from '../../http/types';
import { exchangeContext } from './classify';
import { INGRAM_ID, INGRAM_NAME } from './errors';
import { TOKEN_URL } from './hosts';
import { MAX_TOKEN_LIFETIME_MS, READ_TIMEOUT_MS, TOKEN_REFRESH_MARGIN_MS } from './limits';
import { redactIngramBody, scrubSecrets } from './redact';
import { readBody, tokenResponseSchema } from './schemas';

export interface TokenSourceOptions {
  clientId: string;
  clientSecret: string;
  send: HttpSend;
  now?: () => number;
  /** The policy's concurrency key, shared with the API calls. */
  limitKey?: string;
}

export interface TokenSource {
  /** A token valid for at least TOKEN_REFRESH_MARGIN_MS more (fetched when needed). */
  get(signal?: AbortSignal): Promise<string>;
  /** Drops `token` if it is still the cached one, so the next `get` fetches a new one. */
  invalidate(token: string): void;
  /** The token in memory, for scrubbing error texts; undefined when none. */
  current(): string | undefined;
}

export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  async function fetchToken(signal: AbortSignal | undefined): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      client_secret: options.clientSecret,
    }).toString();
    const req = {
      service: 'distributor' as const,
      distributor: { id: INGRAM_ID, label: INGRAM_NAME },
      method: 'POST' as const,
      url: TOKEN_URL,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body,
      // Asking for a token changes nothing on Ingram's side: safe for the policy to retry.
      intent: 'read' as const,
      operation: 'Token',
      timeoutMs: READ_TIMEOUT_MS,
      redactBody: redactIngramBody,
      ...(options.limitKey ? { limitKey: options.limitKey } : {}),
      ...(signal ? { signal } : {}),
    };
    const startedAt = now();
    const res = await options.send(req);
    const ctx = exchangeContext(req, res.status, (text) => scrubSecrets(text, [options.clientSecret]));
    const answer = readBody(tokenResponseSchema, res.text, ctx, 'token');
    const lifetimeMs = Math.min(
      answer.expires_in != null ? answer.expires_in * 1000 : MAX_TOKEN_LIFETIME_MS,
      MAX_TOKEN_LIFETIME_MS,
    );
    cached = { token: answer.access_token, expiresAt: startedAt + lifetimeMs };
    return answer.access_token;
  }

  return {
    async get(signal) {
      if (cached && now() < cached.expiresAt - TOKEN_REFRESH_MARGIN_MS) return cached.token;
      // One request for everyone waiting; the first caller's signal governs it.
      inFlight ??= fetchToken(signal).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    current: () => cached?.token,
  };
}
