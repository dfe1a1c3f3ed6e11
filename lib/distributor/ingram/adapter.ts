// The Ingram Micro Reseller API v6 adapter: the DistributorAdapter of lib/distributor/adapter.ts
// over one HttpSend (lib/http/policy.ts with classifyIngramResponse). This file only wires: the
// token lives in token.ts, headers in headers.ts, each operation in its own file.
import { AppError, isAppError } from '../../errors/app-error';
import { redactRequest } from '../../errors/redact';
import type { HttpMethod, HttpRequest, HttpResponse, HttpSend } from '../../http/types';
import type { DistributorAdapter, ItemRef, OrderRequest } from '../adapter';
import { chunk, mapWithLimit } from '../../http/limiter';
import { exchangeContext } from './classify';
import { INGRAM_ID, INGRAM_NAME, ingramError, invalidRequest } from './errors';
import type { ExchangeContext } from './errors';
import { ingramHeaders } from './headers';
import { ORDER_CREATE_PATH, ORDER_SEARCH_PATH, ingramApiBase, orderDetailPath } from './hosts';
import type { IngramEnvironment } from './hosts';
import {
  INGRAM_CONCURRENCY,
  MAX_CUSTOMER_NUMBER_LENGTH,
  MAX_CUSTOMER_ORDER_NUMBER_LENGTH,
  MAX_PRICE_BATCH,
  MAX_SENDER_ID_LENGTH,
  READ_TIMEOUT_MS,
  WRITE_TIMEOUT_MS,
} from './limits';
import { buildOrderBody, checkOrderRequest, duplicateResult, parseOrderResponse } from './order-submit';
import {
  notFoundStatus,
  parseDetailResponse,
  parseSearchResponse,
  searchPathFor,
  toOrderStatus,
} from './order-status';
import { PRICE_AVAILABILITY_URL_PATH, buildPriceBody, parsePriceResponse } from './price-availability';
import { redactIngramBody, scrubSecrets } from './redact';
import { createTokenSource } from './token';

export interface IngramAdapterOptions {
  clientId: string;
  clientSecret: string;
  customerNumber: string;
  countryCode: string;
  environment: IngramEnvironment;
  senderId?: string;
  send: HttpSend;
  now?: () => number;
  maxPriceBatch?: number;
  concurrency?: number;
}

/** The policy's concurrency key: every Ingram request, token included, shares one budget. */
export const INGRAM_LIMIT_KEY = 'ingram';

interface Call {
  operation: string;
  method: HttpMethod;
  path: string;
  body?: string;
  intent: 'read' | 'write';
}

export function createIngramAdapter(options: IngramAdapterOptions): DistributorAdapter {
  const { send, clientSecret } = options;
  const customerNumber = options.customerNumber.trim();
  const countryCode = options.countryCode.trim().toUpperCase();
  if (customerNumber === '' || customerNumber.length > MAX_CUSTOMER_NUMBER_LENGTH)
    throw new RangeError(`customerNumber must be 1–${MAX_CUSTOMER_NUMBER_LENGTH} characters`);
  if (!/^[A-Z]{2}$/.test(countryCode)) throw new RangeError('countryCode must be two letters');
  if (
    options.senderId !== undefined &&
    (options.senderId.length > MAX_SENDER_ID_LENGTH || options.senderId.trim() === '')
  )
    throw new RangeError(`senderId must be 1–${MAX_SENDER_ID_LENGTH} characters`);
  const maxPriceBatch = positive(options.maxPriceBatch ?? MAX_PRICE_BATCH, 'maxPriceBatch');
  const concurrency = positive(options.concurrency ?? INGRAM_CONCURRENCY, 'concurrency');
  const baseUrl = ingramApiBase(options.environment);
  const account = {
    customerNumber,
    countryCode,
    ...(options.senderId ? { senderId: options.senderId } : {}),
  };
  const tokens = createTokenSource({
    clientId: options.clientId,
    clientSecret,
    send,
    limitKey: INGRAM_LIMIT_KEY,
    ...(options.now ? { now: options.now } : {}),
  });
  const scrub = (text: string) => scrubSecrets(text, [clientSecret, tokens.current()]);

  function once(call: Call, token: string, signal: AbortSignal | undefined): Promise<HttpResponse> {
    const req: HttpRequest = {
      service: 'distributor',
      distributor: { id: INGRAM_ID, label: INGRAM_NAME },
      method: call.method,
      url: baseUrl + call.path,
      headers: ingramHeaders(account, token, { json: call.body !== undefined }),
      intent: call.intent,
      limitKey: INGRAM_LIMIT_KEY,
      operation: call.operation,
      timeoutMs: call.intent === 'write' ? WRITE_TIMEOUT_MS : READ_TIMEOUT_MS,
      redactBody: redactIngramBody,
      ...(call.body !== undefined ? { body: call.body } : {}),
      ...(signal ? { signal } : {}),
    };
    return send(req);
  }

  /**
   * One API call with the cached token; on a 401 the token is dropped, a new one fetched and the
   * call sent once more. [decision] This holds for the order create (a write) too: Ingram's gateway
   * checks the bearer token before the request reaches order processing, so a 401 means no order
   * was created and re-sending once is not a duplicate. Any other failure of a write is never
   * re-sent here (the policy sends writes once; a lost answer is settled by orderStatus).
   */
  async function exchange(call: Call, signal: AbortSignal | undefined) {
    try {
      let token = await tokens.get(signal);
      let res: HttpResponse;
      try {
        res = await once(call, token, signal);
      } catch (err) {
        if (!(isAppError(err) && err.kind === 'auth' && err.code === 'unauthorized')) throw err;
        tokens.invalidate(token);
        token = await tokens.get(signal);
        res = await once(call, token, signal);
      }
      const ctx: ExchangeContext = exchangeContext(
        {
          service: 'distributor',
          method: call.method,
          url: baseUrl + call.path,
          intent: call.intent,
          operation: call.operation,
        },
        res.status,
        scrub,
      );
      return { status: res.status, body: res.text, ctx };
    } catch (err) {
      throw scrubbed(err, scrub);
    }
  }

  return {
    capabilities: { id: INGRAM_ID, displayName: INGRAM_NAME, maxPriceBatch, concurrency },

    async priceAvailability(items: ItemRef[], signal?: AbortSignal) {
      items.forEach(checkItemRef);
      const answers = await mapWithLimit(
        chunk(items, maxPriceBatch),
        concurrency,
        async (batch) => {
          const call: Call = {
            operation: 'PriceAvailability',
            method: 'POST',
            path: PRICE_AVAILABILITY_URL_PATH,
            body: buildPriceBody(batch),
            // A lookup changes nothing: the policy may retry it.
            intent: 'read',
          };
          const res = await exchange(call, signal);
          return parsePriceResponse(res.body, batch, res.ctx);
        },
        { signal, abortError: () => cancelled('PriceAvailability', baseUrl + PRICE_AVAILABILITY_URL_PATH) },
      );
      return answers.flat();
    },

    async submitOrder(order: OrderRequest, signal?: AbortSignal) {
      checkOrderRequest(order);
      const call: Call = {
        operation: 'OrderCreate',
        method: 'POST',
        path: ORDER_CREATE_PATH,
        body: buildOrderBody(order),
        intent: 'write',
      };
      try {
        const res = await exchange(call, signal);
        return parseOrderResponse(res.body, order, res.ctx);
      } catch (err) {
        if (isAppError(err) && err.code === 'duplicate-po')
          return duplicateResult(order, err.apiErrors?.join('; ') ?? err.message);
        throw err;
      }
    },

    async orderStatus(poNumber: string, signal?: AbortSignal) {
      const po = poNumber.trim();
      if (po === '' || po.length > MAX_CUSTOMER_ORDER_NUMBER_LENGTH)
        throw invalidRequest(
          'OrderSearch',
          'poNumber',
          `must be 1–${MAX_CUSTOMER_ORDER_NUMBER_LENGTH} characters`,
        );
      const search = await exchange(
        { operation: 'OrderSearch', method: 'GET', path: searchPathFor(po), intent: 'read' },
        signal,
      );
      const numbers = parseSearchResponse(search.status, search.body, po, search.ctx);
      if (numbers.length === 0) return notFoundStatus(poNumber);
      const details = await mapWithLimit(
        numbers,
        concurrency,
        async (number) => {
          const res = await exchange(
            { operation: 'OrderDetail', method: 'GET', path: orderDetailPath(number), intent: 'read' },
            signal,
          );
          return parseDetailResponse(res.body, number, res.ctx);
        },
        { signal, abortError: () => cancelled('OrderDetail', baseUrl + ORDER_SEARCH_PATH) },
      );
      return toOrderStatus(poNumber, details, search.ctx);
    },
  };
}

function cancelled(operation: string, url: string): AppError {
  return ingramError({
    kind: 'cancelled',
    status: 0,
    message: 'The request was cancelled.',
    request: redactRequest({ method: 'POST', url, operation }),
  });
}

/** The same error with every known secret removed from its texts (defence in depth). */
function scrubbed(err: unknown, scrub: (text: string) => string): unknown {
  if (!(err instanceof AppError)) return err;
  const data = err.toJSON();
  data.message = scrub(data.message);
  if (data.apiErrors) data.apiErrors = data.apiErrors.map(scrub);
  return new AppError(data, { cause: err.cause });
}

function checkItemRef(item: ItemRef, index: number): void {
  const value = 'distributorSku' in item ? item.distributorSku : item.mfgPartNumber;
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidRequest('PriceAvailability', `items[${index}]`, 'names no SKU or part number');
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number ≥ 1, got ${value}`);
  return value;
}
