// The Ingram Micro Reseller API simulator (APIS.md §2; IM-SPEC). `fetch(req)` serves
// https://api.ingrammicro.com — production at the root, the sandbox under `/sandbox` — so the same
// object runs in-process in vitest (pass `sim.fetch` as the HTTP policy's fetch) and behind the
// loopback HTTPS server (../server.ts).
//
// Served: POST /oauth/oauth20/token (form-encoded client credentials, IM-AUTH), POST
// …/resellers/v6/catalog/priceandavailability, POST …/resellers/v6/orders, GET
// …/resellers/v6/orders/search, GET …/resellers/v6.1/orders/{ordernumber}. Every API call needs a
// live bearer token and the IM-CustomerNumber / IM-CountryCode / IM-CorrelationID headers (answered
// with IM-SPEC's validation-failed body when missing); the customer number must be the token's.
import { DropConnection } from '../tdsynnex/index';
import { hashText, seededRandom } from '../tdsynnex/random';
import { createIngramAccounts, DEMO_INGRAM_ACCOUNT, NO_TERMS_INGRAM_ACCOUNT } from './accounts';
import type { IngramAccounts, IngramSimAccount } from './accounts';
import { createIngramCatalogue } from './catalogue';
import type { IngramCatalogue } from './catalogue';
import { createIngramFaults } from './faults';
import type { IngramFaultKnobs, IngramSimOperation } from './faults';
import { createIngramOrderStore, handleCreate, handleDetail, handleSearch, ship } from './orders';
import type { IngramSimOrder } from './orders';
import { handlePna } from './pna';
import {
  INVALID_CUSTOMER_NUMBER,
  MAINTENANCE_PAGE,
  json,
  systemError,
  unauthorized,
  validationFailed,
} from './responses';
import type { FieldError } from './responses';

export { DEMO_INGRAM_ACCOUNT, NO_TERMS_INGRAM_ACCOUNT } from './accounts';
export type { IngramSimAccount } from './accounts';
export { ingramPartNumberFor, INGRAM_WAREHOUSES, UNAUTHORIZED_TDSYNNEX_SKU } from './catalogue';
export type { IngramSimProduct } from './catalogue';
export type { IngramSimOrder } from './orders';
export type { IngramSimOperation } from './faults';
export { DropConnection };

export const INGRAM_SIM_HOST = 'api.ingrammicro.com';

/** [assumption] IM-AUTH: "the token lasts 24 hours"; the spec types expires_in as a string. */
export const SIM_TOKEN_SECONDS = 86_399;

export interface IngramSimOptions {
  seed?: 'demo' | 'empty';
  now?: () => number;
  /** Generated products beside the 60 demo ones (same as the TD SYNNEX simulator's). */
  catalogueSize?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface IngramSimRequest {
  at: number;
  method: string;
  url: string;
  operation: IngramSimOperation | 'unknown';
  /** Header names lower-cased; Authorization is redacted. */
  headers: Record<string, string>;
  /** With client_secret redacted. */
  body: string;
  outcome: number | 'dropped';
}

export interface IngramSimKnobs {
  latencyMs: number;
}

export interface IngramSim {
  fetch(req: Request): Promise<Response>;
  readonly orders: IngramSimOrder[];
  readonly requests: IngramSimRequest[];
  readonly catalogue: IngramCatalogue;
  readonly accounts: IngramAccounts;
  readonly knobs: IngramSimKnobs;
  readonly faults: IngramFaultKnobs;
  /** Tokens issued so far. */
  readonly tokensIssued: number;
  now(): number;
  advance(ms: number): void;
  /** Every token issued so far stops working (as if expired). */
  expireTokens(): void;
  /** The orders with this PO number (sandbox environment, demo customer unless given). */
  order(
    poNumber: string,
    customerNumber?: string,
    env?: 'sandbox' | 'production',
  ): IngramSimOrder | undefined;
  /** Ships half of what is open on each line ('half'), or all of it ('rest'). */
  ship(poNumber: string, part?: 'half' | 'rest', customerNumber?: string): void;
  hold(poNumber: string): void;
  cancel(poNumber: string): void;
}

type Listener = (event: IngramSimRequest) => void;
const listeners = new Set<Listener>();

/** Every request any Ingram simulator receives (the contract test's hook). */
export function onAnyIngramRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)), {
      once: true,
    });
  });

export function createIngramSim(options: IngramSimOptions = {}): IngramSim {
  const demo = (options.seed ?? 'demo') === 'demo';
  const clock = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  let offset = 0;
  const now = () => clock() + offset;
  const random = seededRandom(hashText('ingram-sim'));
  const catalogue = createIngramCatalogue({ size: options.catalogueSize ?? (demo ? 5_000 : 0) });
  const accounts = createIngramAccounts(demo ? [DEMO_INGRAM_ACCOUNT, NO_TERMS_INGRAM_ACCOUNT] : []);
  const store = createIngramOrderStore();
  const faults = createIngramFaults();
  const requests: IngramSimRequest[] = [];
  const knobs: IngramSimKnobs = { latencyMs: 0 };
  const tokens = new Map<string, { account: IngramSimAccount; expiresAt: number }>();
  let issued = 0;

  function issueToken(body: string): Response {
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials')
      return json({ message: 'grant_type must be client_credentials' }, 400);
    const account = accounts.byClient(form.get('client_id') ?? '', form.get('client_secret') ?? '');
    // IM-SPEC: the token endpoint's 400 body is `{message}`.
    if (!account) return json({ message: 'Invalid client identifier or secret' }, 401);
    issued += 1;
    const token = `sim-${issued}-${Math.floor(random() * 1e12).toString(36)}`;
    tokens.set(token, { account, expiresAt: now() + SIM_TOKEN_SECONDS * 1000 });
    return json({ access_token: token, token_type: 'Bearer', expires_in: String(SIM_TOKEN_SECONDS) }, 200);
  }

  /** Header checks every v6 call makes (IM-SPEC parameters; IM-REQ). */
  function authorise(req: Request): { account: IngramSimAccount } | { response: Response } {
    const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '');
    const entry = auth ? tokens.get(auth[1]!) : undefined;
    if (!entry || entry.expiresAt <= now()) return { response: unauthorized() };
    const fields: FieldError[] = [];
    const customer = req.headers.get('im-customernumber') ?? '';
    const country = req.headers.get('im-countrycode') ?? '';
    const correlation = req.headers.get('im-correlationid') ?? '';
    const sender = req.headers.get('im-senderid');
    if (customer === '')
      fields.push({ field: 'IM-CustomerNumber', value: '', message: 'IM-CustomerNumber cannot be blank' });
    if (country === '')
      fields.push({ field: 'IM-CountryCode', value: '', message: 'IM-CountryCode cannot be blank' });
    else if (!/^[A-Z]{2}$/.test(country))
      fields.push({ field: 'IM-CountryCode', value: country, message: 'IM-CountryCode is not valid' });
    if (correlation === '')
      fields.push({ field: 'IM-CorrelationID', value: '', message: 'IM-CorrelationID cannot be blank' });
    else if (correlation.length > 32)
      fields.push({
        field: 'IM-CorrelationID',
        value: correlation,
        message: 'IM-CorrelationID must be at most 32 characters',
      });
    if (sender !== null && sender.length > 32)
      fields.push({
        field: 'IM-SenderID',
        value: sender,
        message: 'IM-SenderID must be at most 32 characters',
      });
    if (fields.length > 0) return { response: validationFailed(fields, undefined, req.headers) };
    if (customer !== entry.account.customerNumber || country !== entry.account.countryCode)
      return {
        response: validationFailed(
          [{ field: 'IM-CustomerNumber', value: customer, message: INVALID_CUSTOMER_NUMBER }],
          undefined,
          req.headers,
        ),
      };
    return { account: entry.account };
  }

  function route(method: string, path: string): IngramSimOperation | 'unknown' {
    if (path === '/oauth/oauth20/token' && method === 'POST') return 'token';
    const api = path.replace(/^\/sandbox(?=\/)/, '');
    if (api === '/resellers/v6/catalog/priceandavailability' && method === 'POST') return 'price';
    if (api === '/resellers/v6/orders' && method === 'POST') return 'order';
    if (api === '/resellers/v6/orders/search' && method === 'GET') return 'search';
    if (/^\/resellers\/v6\.1\/orders\/[^/]+$/.test(api) && method === 'GET') return 'detail';
    return 'unknown';
  }

  async function serve(
    req: Request,
    url: URL,
    operation: IngramSimOperation | 'unknown',
    text: string,
  ): Promise<Response | 'drop'> {
    if (url.hostname !== INGRAM_SIM_HOST) return new Response('Unknown host', { status: 421 });
    if (operation === 'unknown')
      return json({ errors: [{ type: '/errors/not-found', message: 'Resource not found' }] }, 404);
    const env = url.pathname.startsWith('/sandbox/') ? 'sandbox' : 'production';
    const before = faults.take(operation, 'before');
    if (before?.kind === 'status') return systemError(before.status, req.headers);
    if (before?.kind === 'html')
      return new Response(MAINTENANCE_PAGE, { status: 200, headers: { 'content-type': 'text/html' } });
    if (before?.kind === 'malformed')
      return new Response('[{"index":0,"ingramPartNumber":"', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    if (before?.kind === 'throttle') {
      const reset = Math.ceil(now() / 1000) + before.retryAfterSeconds;
      return new Response(JSON.stringify({ errors: [{ field: null, message: 'too many requests' }] }), {
        status: 429,
        headers: {
          'content-type': 'application/json',
          'retry-after': String(before.retryAfterSeconds),
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      });
    }
    if (before?.kind === 'unauthorized') return unauthorized();
    if (operation === 'token') return issueToken(text);
    const auth = authorise(req);
    if ('response' in auth) return auth.response;
    const customer = auth.account.customerNumber;
    let body: unknown;
    if (req.method === 'POST') {
      if (!/json/i.test(req.headers.get('content-type') ?? ''))
        return validationFailed([
          {
            field: 'Content-Type',
            value: req.headers.get('content-type') ?? '',
            message: 'Content-Type must be application/json',
          },
        ]);
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        return validationFailed([
          { field: 'body', value: '', message: 'The request body is not valid JSON' },
        ]);
      }
    }
    let response: Response;
    switch (operation) {
      case 'price':
        response = handlePna(url, body, catalogue, req.headers);
        break;
      case 'order':
        response = handleCreate(body, {
          env,
          account: auth.account,
          catalogue,
          store,
          now: now(),
          random,
          echo: req.headers,
        }).response;
        break;
      case 'search':
        response = handleSearch(
          url,
          store.orders.filter((o) => o.environment === env && o.customerNumber === customer),
          req.headers,
        );
        break;
      case 'detail': {
        const number = decodeURIComponent(url.pathname.split('/').pop() ?? '');
        response = handleDetail(store.byNumber(env, customer, number), number, req.headers);
        break;
      }
    }
    const after = faults.take(operation, 'after');
    if (after?.kind === 'drop') return 'drop';
    if (after?.kind === 'lost')
      return new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: after.status,
        headers: { 'content-type': 'text/html' },
      });
    return response;
  }

  const findOrder = (
    po: string,
    customer = DEMO_INGRAM_ACCOUNT.customerNumber,
    env: 'sandbox' | 'production' = 'sandbox',
  ) =>
    store.find(env, customer, po)[0] ??
    store.find(env === 'sandbox' ? 'production' : 'sandbox', customer, po)[0];
  const mustFind = (po: string, customer?: string) => {
    const order = findOrder(po, customer);
    if (!order) throw new Error(`No Ingram order ${po}`);
    return order;
  };

  return {
    async fetch(req) {
      if (knobs.latencyMs > 0) await sleep(knobs.latencyMs, req.signal);
      const url = new URL(req.url);
      const text = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.text();
      const operation = route(req.method, url.pathname);
      const headers: Record<string, string> = {};
      req.headers.forEach((value, name) => {
        headers[name.toLowerCase()] =
          name.toLowerCase() === 'authorization' ? value.replace(/\s\S+$/, ' [redacted]') : value;
      });
      const entry: IngramSimRequest = {
        at: now(),
        method: req.method,
        url: req.url,
        operation,
        headers,
        body: text.replace(/(client_secret=)[^&]*/g, '$1[redacted]'),
        outcome: 0,
      };
      // Listeners see the raw body: the contract check needs the form's field names.
      for (const listener of listeners) listener({ ...entry, body: text });
      const result = await serve(req, url, operation, text);
      requests.push({ ...entry, outcome: result === 'drop' ? 'dropped' : result.status });
      if (result === 'drop') throw new DropConnection();
      return result;
    },
    orders: store.orders,
    requests,
    catalogue,
    accounts,
    knobs,
    faults,
    get tokensIssued() {
      return issued;
    },
    now,
    advance(ms) {
      offset += ms;
    },
    expireTokens() {
      for (const entry of tokens.values()) entry.expiresAt = Math.min(entry.expiresAt, now());
    },
    order: findOrder,
    ship(po, part = 'half', customer) {
      ship(mustFind(po, customer), part, now(), random);
    },
    hold(po) {
      mustFind(po).status = 'hold';
    },
    cancel(po) {
      mustFind(po).status = 'cancelled';
    },
  };
}
