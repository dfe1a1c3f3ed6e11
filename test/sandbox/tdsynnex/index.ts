// The TD SYNNEX EC Express simulator (TDSYNNEX-XML.md, "Sandbox behaviour the simulator must offer").
// `fetch(req)` serves the four real hosts, so the same object runs in-process in vitest (pass
// `sim.fetch` as the HTTP policy's fetch) and behind the loopback HTTPS server (../server.ts).
//
// Dropped connections: `faults.dropNext()` lets the request do its work (an order is created) and
// then rejects with `DropConnection`, a TypeError("fetch failed") — exactly what the browser's fetch
// reports for a reset socket. The HTTPS server recognises it (`instanceof DropConnection`) and
// destroys the socket instead of answering; it must not keep that connection alive (rule 7).
import { createAccounts, DEMO_TDSYNNEX_ACCOUNT } from './accounts';
import type { Accounts } from './accounts';
import { createCatalogue } from './catalogue';
import type { Catalogue, SimRegion } from './catalogue';
import { createFaults } from './faults';
import type { FaultKnobs, SimOperation } from './faults';
import { createOrderStore, handleOrder } from './orders';
import type { SimOrder } from './orders';
import { errorDoc, handlePrice } from './price';
import { hashText, seededRandom } from './random';
import { handleStatus } from './status';
import { obj, parseRequest, toXml } from './xml';
import type { TagCase, XmlDoc } from './xml';

export { DEMO_TDSYNNEX_ACCOUNT } from './accounts';
export type { SimAccount } from './accounts';
export type { SimProduct } from './catalogue';
export type { SimOrder, SimOrderLine } from './orders';
export { STATUS_TIMELINE, statusAt } from './status';
export { GENERATED_SKU_START, WAREHOUSES } from './catalogue';
export type { SimOperation } from './faults';

/** Thrown by `fetch` when a fault drops the connection; the HTTPS server destroys the socket for it. */
export class DropConnection extends TypeError {
  readonly dropConnection = true;
  constructor() {
    super('fetch failed');
  }
}

export const TDSYNNEX_SIM_HOSTS: Record<string, { region: SimRegion; system: 'production' | 'test' }> = {
  'ec.us.tdsynnex.com': { region: 'US', system: 'production' },
  'ec.ca.tdsynnex.com': { region: 'CA', system: 'production' },
  'testec.us.tdsynnex.com': { region: 'US', system: 'test' },
  'testec.ca.tdsynnex.com': { region: 'CA', system: 'test' },
};

/** The demo catalogue's generated part, beside the 60 named SKUs 5432101–5432160. */
export const DEFAULT_CATALOGUE_SIZE = 5_000;

export interface TdSynnexSimOptions {
  seed?: 'demo' | 'empty';
  /** The clock's source; `advance(ms)` adds to it. Defaults to Date.now. */
  now?: () => number;
  catalogueSize?: number;
  /** How latency is waited for (tests may pass a fake). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface SimRequestLog {
  at: number;
  method: string;
  url: string;
  operation: SimOperation | 'unknown';
  /** With every `<password>`/`<Password>` value replaced. */
  body: string;
  /** HTTP status answered, or 'dropped'. */
  outcome: number | 'dropped';
}

export interface TdSynnexSimKnobs {
  /** Added to every request (aborts with the request's signal). */
  latencyMs: number;
  /** Fraction by which a price moves on each lookup, e.g. 0.05 (0 = prices stand still). */
  priceDrift: number;
  /** Response tag casing: exercises the client's case-insensitive parsing. */
  tagCase: TagCase;
  /** The next N accepted orders go on HOLD before shipping. */
  holdNextOrders: number;
}

export interface TdSynnexSim {
  fetch(req: Request): Promise<Response>;
  /** Every order created, oldest first (inspect, never mutate in tests). */
  readonly orders: SimOrder[];
  readonly requests: SimRequestLog[];
  readonly catalogue: Catalogue;
  readonly accounts: Accounts;
  readonly knobs: TdSynnexSimKnobs;
  readonly faults: FaultKnobs;
  now(): number;
  advance(ms: number): void;
  /** The order for a PO number (production, demo customer unless given). */
  order(poNumber: string, customerNo?: string, system?: 'production' | 'test'): SimOrder | undefined;
  /** TD SYNNEX deletes an order: status DELETED from now on. */
  cancelOrder(poNumber: string, customerNo?: string): void;
}

const XML_HEADERS = { 'content-type': 'application/xml; charset=utf-8' };

const MAINTENANCE_PAGE =
  '<!DOCTYPE html><html><head><title>EC Express - Scheduled Maintenance</title></head>' +
  '<body><h1>EC Express is temporarily unavailable</h1><p>Please try again later.</p></body></html>';

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)), {
      once: true,
    });
  });

function redactPasswords(body: string): string {
  return body.replace(/<(password)(\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi, '<$1>[redacted]</$1>');
}

export function createTdSynnexSim(options: TdSynnexSimOptions = {}): TdSynnexSim {
  const demo = (options.seed ?? 'demo') === 'demo';
  const clock = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  let offset = 0;
  const now = () => clock() + offset;
  const random = seededRandom(hashText('tdsynnex-sim'));
  const catalogue = createCatalogue({
    demo,
    size: options.catalogueSize ?? (demo ? DEFAULT_CATALOGUE_SIZE : 0),
  });
  const accounts = createAccounts(demo ? [DEMO_TDSYNNEX_ACCOUNT] : []);
  const store = createOrderStore();
  const faults = createFaults();
  const requests: SimRequestLog[] = [];
  const knobs: TdSynnexSimKnobs = { latencyMs: 0, priceDrift: 0, tagCase: 'documented', holdNextOrders: 0 };

  function route(
    url: URL,
    doc: XmlDoc | undefined,
  ): { operation: SimOperation | 'unknown'; run: () => XmlDoc } {
    const site = TDSYNNEX_SIM_HOSTS[url.hostname]!;
    const ctx = () => ({
      region: site.region,
      system: site.system,
      accounts,
      catalogue,
      store,
      now: now(),
      takeHold: () => {
        if (knobs.holdNextOrders <= 0) return false;
        knobs.holdNextOrders -= 1;
        return true;
      },
    });
    if (url.pathname === '/SynnexXML/PriceAvailability') {
      return {
        operation: 'price',
        run: () =>
          doc
            ? handlePrice(doc, {
                region: site.region,
                accounts,
                catalogue,
                priceDrift: knobs.priceDrift,
                random,
              })
            : errorDoc('priceResponse', 'Invalid request: the body is not well-formed XML.'),
      };
    }
    const b2b = obj(doc, 'SynnexB2B');
    const orderRequest = obj(b2b, 'OrderRequest');
    const statusRequest = obj(b2b, 'OrderStatusRequest');
    if (doc && orderRequest)
      return { operation: 'order', run: () => handleOrder(doc, orderRequest, ctx()).doc };
    if (doc && statusRequest)
      return { operation: 'status', run: () => handleStatus(doc, statusRequest, ctx()) };
    return {
      operation: 'unknown',
      run: () =>
        errorDoc('SynnexB2B', 'Invalid request: expected SynnexB2B with OrderRequest or OrderStatusRequest.'),
    };
  }

  async function serve(
    req: Request,
  ): Promise<{ response: Response; log: Omit<SimRequestLog, 'outcome'> } | { dropped: SimRequestLog }> {
    const url = new URL(req.url);
    const body = req.method === 'POST' ? await req.text() : '';
    const log = {
      at: now(),
      method: req.method,
      url: req.url,
      operation: 'unknown' as SimRequestLog['operation'],
      body: redactPasswords(body),
    };
    if (!TDSYNNEX_SIM_HOSTS[url.hostname]) {
      return {
        response: new Response('Unknown host', { status: 421, headers: { 'content-type': 'text/plain' } }),
        log,
      };
    }
    if (url.pathname !== '/SynnexXML/PriceAvailability' && url.pathname !== '/SynnexXML/PO') {
      return {
        response: new Response('<html><body><h1>404 Not Found</h1></body></html>', {
          status: 404,
          headers: { 'content-type': 'text/html' },
        }),
        log,
      };
    }
    if (req.method !== 'POST') {
      return {
        response: new Response('<html><body><h1>405 Method Not Allowed</h1></body></html>', {
          status: 405,
          headers: { 'content-type': 'text/html', allow: 'POST' },
        }),
        log,
      };
    }
    if (!/xml/i.test(req.headers.get('content-type') ?? '')) {
      return {
        response: new Response('<html><body><h1>415 Unsupported Media Type</h1></body></html>', {
          status: 415,
          headers: { 'content-type': 'text/html' },
        }),
        log,
      };
    }
    const { operation, run } = route(url, parseRequest(body));
    log.operation = operation;
    const op = operation === 'unknown' ? undefined : operation;
    const before = faults.take(op, 'before');
    if (before?.kind === 'status') {
      return {
        response: new Response(`<html><body><h1>${before.status} Server Error</h1></body></html>`, {
          status: before.status,
          headers: { 'content-type': 'text/html' },
        }),
        log,
      };
    }
    if (before?.kind === 'html')
      return {
        response: new Response(MAINTENANCE_PAGE, {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
        log,
      };
    if (before?.kind === 'malformed') {
      return {
        response: new Response(
          '<?xml version="1.0" encoding="UTF-8"?>\n<priceResponse><PriceAvailabilityList><synnexSKU>54321',
          { status: 200, headers: XML_HEADERS },
        ),
        log,
      };
    }
    const doc = run();
    const after = faults.take(op, 'after');
    if (after?.kind === 'drop') return { dropped: { ...log, outcome: 'dropped' } };
    const text = toXml(doc, knobs.tagCase, random);
    if (after?.kind === 'rewrite')
      return { response: new Response(after.rewrite(text), { status: 200, headers: XML_HEADERS }), log };
    if (after?.kind === 'content-type')
      return {
        response: new Response(text, { status: 200, headers: { 'content-type': after.contentType } }),
        log,
      };
    return { response: new Response(text, { status: 200, headers: XML_HEADERS }), log };
  }

  return {
    async fetch(req) {
      if (knobs.latencyMs > 0) await sleep(knobs.latencyMs, req.signal);
      const served = await serve(req);
      if ('dropped' in served) {
        requests.push(served.dropped);
        throw new DropConnection();
      }
      requests.push({ ...served.log, outcome: served.response.status });
      return served.response;
    },
    orders: store.orders,
    requests,
    catalogue,
    accounts,
    knobs,
    faults,
    now,
    advance(ms) {
      offset += ms;
    },
    order: (poNumber, customerNo = DEMO_TDSYNNEX_ACCOUNT.customerNo, system = 'production') =>
      store.find(system, customerNo, poNumber),
    cancelOrder(poNumber, customerNo = DEMO_TDSYNNEX_ACCOUNT.customerNo) {
      const order = store.find('production', customerNo, poNumber);
      if (!order) throw new Error(`No order ${poNumber} for customer ${customerNo}`);
      order.deletedAt = now();
    },
  };
}
