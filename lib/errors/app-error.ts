// The one error type of the extension (STYLE.md §6). Checked by `kind`, never by `instanceof`:
// errors cross message boundaries as plain JSON and lose their prototype on the way.

export const ERROR_KINDS = [
  'auth',
  'permission',
  'validation',
  'not-found',
  'throttled',
  'network',
  'server',
  'malformed-response',
  'storage',
  'conflict',
  'cancelled',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export type ErrorService = 'autotask' | 'distributor' | 'extension';

/** Which distributor an error with service 'distributor' came from: its registry id and label. */
export interface DistributorRef {
  id: string;
  label: string;
}

/** What a request looked like, with every secret removed (see lib/errors/redact.ts). */
export interface RedactedRequest {
  method: string;
  /** URL without query-string secrets; neither Autotask nor a distributor puts secrets in URLs. */
  url: string;
  /** Entity or operation name, e.g. `Products` or `PriceAvailability`. */
  operation?: string;
}

export interface AppErrorData {
  kind: ErrorKind;
  service: ErrorService;
  /** The registry id (lib/distributor/registry.ts) when service is 'distributor'. */
  distributor?: string;
  message: string;
  /** HTTP status; 0 when no response arrived (network, timeout, aborted). */
  status: number;
  /** A stable machine code where one exists: `Itgenatr005`, a distributor's reason code, `duplicate-po`, `zone-unknown`… */
  code?: string;
  /** Autotask's `errors[]` verbatim, or a distributor's error text. */
  apiErrors?: string[];
  /** For malformed responses: which field (path) was wrong. */
  field?: string;
  request?: RedactedRequest;
  /** Milliseconds the server asked us to wait (Retry-After). */
  retryAfterMs?: number;
  /** For writes: true when the request may have reached the server (timeout, dropped connection, 5xx). */
  outcomeUnknown?: boolean;
}

export class AppError extends Error implements AppErrorData {
  override readonly name = 'AppError';
  readonly kind: ErrorKind;
  readonly service: ErrorService;
  readonly distributor?: string;
  readonly status: number;
  readonly code?: string;
  readonly apiErrors?: string[];
  readonly field?: string;
  readonly request?: RedactedRequest;
  readonly retryAfterMs?: number;
  readonly outcomeUnknown?: boolean;

  constructor(data: AppErrorData, options?: { cause?: unknown }) {
    super(data.message, options);
    this.kind = data.kind;
    this.service = data.service;
    this.status = data.status;
    if (data.distributor !== undefined) this.distributor = data.distributor;
    if (data.code !== undefined) this.code = data.code;
    if (data.apiErrors !== undefined) this.apiErrors = data.apiErrors;
    if (data.field !== undefined) this.field = data.field;
    if (data.request !== undefined) this.request = data.request;
    if (data.retryAfterMs !== undefined) this.retryAfterMs = data.retryAfterMs;
    if (data.outcomeUnknown !== undefined) this.outcomeUnknown = data.outcomeUnknown;
  }

  /** Plain data, safe to send in a message or store in the log. */
  toJSON(): AppErrorData {
    const { kind, service, distributor, message, status, code, apiErrors, field, request } = this;
    const { retryAfterMs, outcomeUnknown } = this;
    return {
      kind,
      service,
      distributor,
      message,
      status,
      code,
      apiErrors,
      field,
      request,
      retryAfterMs,
      outcomeUnknown,
    };
  }
}

/** True for an AppError or its JSON form (after a message round-trip). */
export function isAppError(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === 'string' &&
    (ERROR_KINDS as readonly string[]).includes(v.kind) &&
    typeof v.message === 'string'
  );
}
