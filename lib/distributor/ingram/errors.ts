// The AppError constructors of the Ingram adapter: every Ingram failure is `service: 'distributor',
// distributor: 'ingram'`. HTTP-level failures come from classify.ts; these cover what the parsers
// find (malformed answers) and requests refused before sending.
import { AppError } from '../../errors/app-error';
import type { AppErrorData } from '../../errors/app-error';

export const INGRAM_ID = 'ingram';
export const INGRAM_NAME = 'Ingram Micro';

/** The fields every Ingram AppError carries. */
export const INGRAM_SERVICE = { service: 'distributor', distributor: INGRAM_ID } as const;

import type { ExchangeContext } from '../exchange';

export type { ExchangeContext };

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
