// Any thrown value → plain AppErrorData, for the log and for message replies. An AppError instance
// cannot be stored or posted as is (structured clone keeps only an Error's name and message, and
// would keep the stack and `cause`, which may hold a raw body). Unknown errors are reduced to their
// name: their message is not ours and might quote a request body or a credential.
import { isAppError } from './app-error';
import type { AppErrorData, ErrorService } from './app-error';
import { isQuotaExceeded, storageFullError } from './storage-error';

const SERVICES: readonly ErrorService[] = ['autotask', 'distributor', 'extension'];

export function plainErrorData(err: unknown): AppErrorData {
  // A full disk reached us unguarded (a write outside guardStorage): still the "storage full" hint,
  // never "unexpected error" (issue 7 §4).
  if (!isAppError(err) && isQuotaExceeded(err)) return storageFullError().toJSON();
  if (!isAppError(err)) {
    const name =
      err instanceof Error || (typeof err === 'object' && err !== null && 'name' in err) ? err.name : '';
    const suffix = typeof name === 'string' && /^[A-Za-z]{1,40}$/.test(name) ? ` (${name})` : '';
    return {
      kind: 'server',
      service: 'extension',
      status: 0,
      code: 'internal',
      message: `Unexpected error in the extension${suffix}.`,
    };
  }
  const data: AppErrorData = {
    kind: err.kind,
    service: SERVICES.includes(err.service) ? err.service : 'extension',
    status: typeof err.status === 'number' ? err.status : 0,
    message: err.message,
  };
  // Which distributor the error came from (registry id): its hint names that distributor.
  if (typeof err.distributor === 'string') data.distributor = err.distributor;
  if (typeof err.code === 'string') data.code = err.code;
  if (Array.isArray(err.apiErrors)) data.apiErrors = err.apiErrors.filter((e) => typeof e === 'string');
  if (typeof err.field === 'string') data.field = err.field;
  if (err.request && typeof err.request === 'object') {
    const { method, url, operation } = err.request;
    data.request = { method: String(method), url: String(url) };
    if (typeof operation === 'string') data.request.operation = operation;
  }
  if (typeof err.retryAfterMs === 'number') data.retryAfterMs = err.retryAfterMs;
  if (typeof err.outcomeUnknown === 'boolean') data.outcomeUnknown = err.outcomeUnknown;
  return data;
}
