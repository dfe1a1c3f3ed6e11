// The EC Express XML adapter (TDSYNNEX-XML.md): the DistributorAdapter of lib/distributor/adapter.ts
// over one HttpSend (lib/http/policy.ts, with classifyTdSynnexResponse). This file only wires: the
// XML of each operation lives in its own file, limits in limits.ts, hosts in hosts.ts.
import { AppError } from '../../errors/app-error';
import { redactRequest } from '../../errors/redact';
import { chunk, mapWithLimit } from '../../http/limiter';
import type { HttpRequest, HttpSend } from '../../http/types';
import type { DistributorAdapter, ItemRef, OrderRequest } from '../adapter';
import { exchangeContext } from './classify';
import type { ExchangeContext } from './errors';
import { invalidRequest } from './errors';
import { PO_PATH, PRICE_AVAILABILITY_PATH, TDSYNNEX_REF, tdsynnexBaseUrl } from './hosts';
import type { TdSynnexEnvironment, TdSynnexRegion } from './hosts';
import {
  MAX_PO_NUMBER_LENGTH,
  MAX_PRICE_BATCH,
  READ_TIMEOUT_MS,
  TDSYNNEX_CONCURRENCY,
  WRITE_TIMEOUT_MS,
} from './limits';
import { buildOrderRequest, checkOrderRequest, parseOrderResponse } from './order-submit';
import { buildStatusRequest, parseStatusResponse } from './order-status';
import { buildPriceRequest, parsePriceResponse } from './price-availability';
import type { TdSynnexCredentials } from './price-availability';
import { REDACTED, redactTdSynnexBody } from './redact';

export interface TdSynnexAdapterOptions extends TdSynnexCredentials {
  region: TdSynnexRegion;
  environment: TdSynnexEnvironment;
  send: HttpSend;
  maxPriceBatch?: number;
  concurrency?: number;
}

/** The policy's concurrency key: every TD SYNNEX request shares one budget of TDSYNNEX_CONCURRENCY. */
export const TDSYNNEX_LIMIT_KEY = 'tdsynnex';

export function createTdSynnexAdapter(options: TdSynnexAdapterOptions): DistributorAdapter {
  const { send, region, environment } = options;
  const credentials: TdSynnexCredentials = {
    customerNo: options.customerNo,
    userId: options.userId,
    password: options.password,
  };
  const maxPriceBatch = positive(options.maxPriceBatch ?? MAX_PRICE_BATCH, 'maxPriceBatch');
  const concurrency = positive(options.concurrency ?? TDSYNNEX_CONCURRENCY, 'concurrency');
  const baseUrl = tdsynnexBaseUrl(region, environment);
  const scrub = (text: string) =>
    credentials.password ? text.split(credentials.password).join(REDACTED) : text;

  async function exchange(
    operation: string,
    path: string,
    body: string,
    intent: 'read' | 'write',
    signal: AbortSignal | undefined,
  ): Promise<{ body: string; ctx: ExchangeContext }> {
    const req: HttpRequest = {
      service: 'distributor',
      distributor: TDSYNNEX_REF,
      method: 'POST',
      url: baseUrl + path,
      headers: { 'Content-Type': 'application/xml', Accept: 'application/xml' },
      body,
      // Writes are sent once by the policy and never looped here: a lost answer is settled by an
      // order-status lookup (issue 3 §3), never by a resend.
      intent,
      limitKey: TDSYNNEX_LIMIT_KEY,
      operation,
      timeoutMs: intent === 'write' ? WRITE_TIMEOUT_MS : READ_TIMEOUT_MS,
      redactBody: redactTdSynnexBody,
      ...(signal ? { signal } : {}),
    };
    const res = await send(req);
    return { body: res.text, ctx: exchangeContext(req, res.status, scrub) };
  }

  function cancelled(operation: string, path: string): AppError {
    return new AppError({
      kind: 'cancelled',
      service: 'distributor',
      distributor: TDSYNNEX_REF.id,
      status: 0,
      message: 'The request was cancelled.',
      request: redactRequest({ method: 'POST', url: baseUrl + path, operation }),
    });
  }

  return {
    capabilities: { id: TDSYNNEX_REF.id, displayName: TDSYNNEX_REF.label, maxPriceBatch, concurrency },

    async priceAvailability(items: ItemRef[], signal?: AbortSignal) {
      items.forEach(checkItemRef);
      const batches = chunk(items, maxPriceBatch);
      const answers = await mapWithLimit(
        batches,
        concurrency,
        async (batch) => {
          const body = buildPriceRequest(credentials, batch);
          const res = await exchange('PriceAvailability', PRICE_AVAILABILITY_PATH, body, 'read', signal);
          return parsePriceResponse(res.body, batch, res.ctx);
        },
        { signal, abortError: () => cancelled('PriceAvailability', PRICE_AVAILABILITY_PATH) },
      );
      return answers.flat();
    },

    async submitOrder(order: OrderRequest, signal?: AbortSignal) {
      checkOrderRequest(order);
      const body = buildOrderRequest(credentials, order);
      const res = await exchange('OrderSubmit', PO_PATH, body, 'write', signal);
      return parseOrderResponse(res.body, order, res.ctx);
    },

    async orderStatus(poNumber: string, signal?: AbortSignal) {
      if (poNumber.trim() === '' || poNumber.length > MAX_PO_NUMBER_LENGTH) {
        throw invalidRequest('OrderStatus', 'poNumber', `must be 1–${MAX_PO_NUMBER_LENGTH} characters`);
      }
      const res = await exchange(
        'OrderStatus',
        PO_PATH,
        buildStatusRequest(credentials, poNumber),
        'read',
        signal,
      );
      return parseStatusResponse(res.body, poNumber, res.ctx);
    },
  };
}

function checkItemRef(item: ItemRef, index: number): void {
  const value = 'distributorSku' in item ? item.distributorSku : item.mfgPartNumber;
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidRequest('PriceAvailability', `items[${index}]`, 'names no SKU or part number');
  }
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number ≥ 1, got ${value}`);
  return value;
}
