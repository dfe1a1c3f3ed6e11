// Every way a TD SYNNEX exchange can fail becomes the one AppError (lib/errors/app-error.ts).
// TD SYNNEX signals failure inside the body (TDSYNNEX-XML.md rule 4), so besides the HTTP-level
// classifier (classify.ts) the parser needs these two constructors.
import { AppError } from '../../errors/app-error';
import type { ErrorKind } from '../../errors/app-error';

import type { ExchangeContext } from '../exchange';

export type { ExchangeContext };

export function malformed(ctx: ExchangeContext, field: string | undefined, detail: string): AppError {
  const where = field ? ` (field ${field})` : '';
  return new AppError({
    kind: 'malformed-response',
    service: 'distributor',
    distributor: 'tdsynnex',
    status: ctx.status,
    message: `TD SYNNEX ${ctx.operation} returned an unusable response${where}: ${ctx.scrub(detail)}`,
    // A whole-body problem (HTML, not XML, too large) names the body, so every malformed answer
    // names a field (issue 7 §3).
    field: field ?? '(body)',
    request: ctx.request,
    ...(ctx.intent === 'write' ? { outcomeUnknown: true } : {}),
  });
}

/**
 * errorDetail texts are free text and undocumented; these patterns decide the kind. A failed login
 * must become `auth` so the UI offers Reconnect (issue 2 §4, hint "TD SYNNEX login").
 */
const ERROR_DETAIL_KINDS: { pattern: RegExp; kind: ErrorKind; code: string }[] = [
  {
    pattern: /log ?in|password|credential|authenticat|unauthori[sz]ed|user ?(id|name)|invalid user/i,
    kind: 'auth',
    code: 'login-failed',
  },
  {
    pattern: /not (authori[sz]ed|enabled|permitted)|permission|access denied/i,
    kind: 'permission',
    code: 'no-access',
  },
];

export function errorDetailError(ctx: ExchangeContext, details: string[]): AppError {
  const scrubbed = details.map(ctx.scrub);
  const text = scrubbed.join('; ') || '(empty errorDetail)';
  const match = ERROR_DETAIL_KINDS.find((entry) => entry.pattern.test(text));
  return new AppError({
    kind: match?.kind ?? 'validation',
    service: 'distributor',
    distributor: 'tdsynnex',
    status: ctx.status,
    code: match?.code ?? 'error-detail',
    message: `TD SYNNEX ${ctx.operation} failed: ${text}`,
    apiErrors: scrubbed,
    request: ctx.request,
  });
}

export function invalidRequest(operation: string, field: string, detail: string): AppError {
  return new AppError({
    kind: 'validation',
    service: 'distributor',
    distributor: 'tdsynnex',
    status: 0,
    field,
    message: `TD SYNNEX ${operation} not sent: ${field} ${detail}`,
  });
}
