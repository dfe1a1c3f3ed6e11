// The runner's failures as the one error type (STYLE.md §6), each with a code the hint catalogue
// knows. The runner answers `{ error: { code, message } }` (runner/api/errors.ts); what is not that
// body — a proxy's error page, a 404 from another server at the address — means "no runner there".
import { AppError } from '../errors/app-error';
import type { AppErrorData, ErrorKind } from '../errors/app-error';
import { kindForStatus } from '../errors/classify';
import { redactRequest } from '../errors/redact';
import { HINT_CODES } from '../hints/catalogue';
import type { HttpRequest, HttpResponse } from '../http/types';
import { apiErrorSchema } from './schemas';

/** The runner's own error code and words, when the body is the runner's error shape. */
function runnerBody(text: string): { code: string; message: string } | undefined {
  try {
    const parsed = apiErrorSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    return undefined;
  }
}

function failure(
  req: HttpRequest,
  status: number,
  kind: ErrorKind,
  code: string,
  message: string,
  extra: Partial<AppErrorData> = {},
): AppError {
  return new AppError({
    kind,
    service: 'extension',
    status,
    code,
    message,
    request: redactRequest(req),
    ...extra,
  });
}

/** The HTTP policy's classifier for the runner's API: undefined = a 2xx to parse. */
export function classifyRunner(res: HttpResponse, req: HttpRequest): AppError | undefined {
  if (res.status >= 200 && res.status < 300) return undefined;
  const body = runnerBody(res.text);
  if (res.status === 401) {
    return failure(req, 401, 'auth', HINT_CODES.runnerTokenRefused, 'The team runner refused the token.');
  }
  if (res.status === 403 && body?.code === 'origin-not-allowed') {
    return failure(
      req,
      403,
      'permission',
      HINT_CODES.runnerOriginRefused,
      'The team runner does not accept requests from this extension.',
    );
  }
  if (body && res.status === 409 && body.code === 'switched-off') {
    return failure(req, 409, 'validation', HINT_CODES.templateOff, body.message);
  }
  if (body && res.status < 500) {
    // bad-request, not-found (an entry or template), already-running: the runner's own words.
    return failure(req, res.status, kindForStatus(res.status), body.code, `The team runner: ${body.message}`);
  }
  // 5xx (retried for reads by the policy), or an answer that is not the runner's: no runner there.
  return failure(
    req,
    res.status,
    res.status >= 500 ? 'server' : 'not-found',
    HINT_CODES.runnerUnreachable,
    res.status >= 500
      ? `The team runner could not answer (HTTP ${res.status}).`
      : `Something other than the team runner answered at this address (HTTP ${res.status}).`,
  );
}

/**
 * The policy's own failures (no answer, a timeout, a redirect) reworded for the runner: they name
 * "the extension" as the service, which would read as if the extension itself were down.
 */
export function asRunnerError(thrown: unknown, origin: string): AppError {
  if (!(thrown instanceof AppError)) {
    return new AppError(
      {
        kind: 'server',
        service: 'extension',
        status: 0,
        code: 'internal',
        message: 'Unexpected error while asking the team runner.',
      },
      { cause: thrown },
    );
  }
  if (thrown.code?.startsWith('runner-') || thrown.code === HINT_CODES.templateOff) return thrown;
  const data = thrown.toJSON();
  if (thrown.kind === 'network') {
    return new AppError(
      {
        ...data,
        code: HINT_CODES.runnerUnreachable,
        message: `The team runner at ${origin} did not answer.`,
      },
      { cause: thrown },
    );
  }
  if (thrown.code === 'redirect-refused') {
    return new AppError(
      {
        ...data,
        code: HINT_CODES.runnerUnreachable,
        message: `The team runner's address answered with a redirect; enter the address it redirects to.`,
      },
      { cause: thrown },
    );
  }
  if (thrown.kind === 'malformed-response') {
    return new AppError(
      { ...data, message: `The team runner at ${origin} sent an answer the extension could not read.` },
      { cause: thrown },
    );
  }
  return thrown;
}

export function notConnectedToRunner(): AppError {
  return new AppError({
    kind: 'validation',
    service: 'extension',
    status: 0,
    code: HINT_CODES.runnerNotConnected,
    message: 'No team runner is connected: open Options › Team runner and Connect.',
  });
}
