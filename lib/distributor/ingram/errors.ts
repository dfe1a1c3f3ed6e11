// The AppError constructors of the Ingram adapter: every Ingram failure is `service: 'distributor',
// distributor: 'ingram'`. HTTP-level failures come from classify.ts; these cover what the parsers
// find (malformed answers) and requests refused before sending.
import { AppError } from '../../errors/app-error';
import type { AppErrorData, RedactedRequest } from '../../errors/app-error';

export const INGRAM_ID = 'ingram';
export const INGRAM_NAME = 'Ingram Micro';

/** The fields every Ingram AppError carries. */
export const INGRAM_SERVICE = { service: 'distributor', distributor: INGRAM_ID } as const;

/** What a parser knows about the exchange it reads. */
export interface ExchangeContext {
  /** `PriceAvailability`, `OrderCreate`, `OrderSearch`, `OrderDetail` or `Token`. */
  operation: string;
  request: RedactedRequest;
  status: number;
  /** A write whose answer cannot be read may still have created the order. */
  intent: 'read' | 'write';
  /** Removes secrets from any response text quoted in an error. */
  scrub: (text: string) => string;
}

export function ingramError(data: Omit<AppErrorData, 'service' | 'distributor'>): AppError {
  return new AppError({ ...INGRAM_SERVICE, ...data });
}

export function malformed(ctx: ExchangeContext, field: string | undefined, detail: string): AppError {
  const where = field ? ` (field ${field})` : '';
  return ingramError({
    kind: 'malformed-response',
    status: ctx.status,
    message: `${INGRAM_NAME} ${ctx.operation} returned an unusable response${where}: ${ctx.scrub(detail)}`,
    field: field ?? '(body)',
    request: ctx.request,
    ...(ctx.intent === 'write' ? { outcomeUnknown: true } : {}),
  });
}

export function invalidRequest(operation: string, field: string, detail: string): AppError {
  return ingramError({
    kind: 'validation',
    status: 0,
    field,
    code: 'invalid-request',
    message: `${INGRAM_NAME} ${operation} not sent: ${field} ${detail}`,
  });
}
