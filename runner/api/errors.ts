// The API's one error shape, `{ error: { code, message } }` (the extension checks `code`, STYLE.md §6).
// Never a stack or an exception's own message: those may quote SQL, a file path or a connection string.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'origin-not-allowed'
  | 'not-found'
  | 'already-running'
  | 'switched-off'
  | 'internal';

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string) {
  return c.json<ApiErrorBody>({ error: { code, message } }, status);
}
