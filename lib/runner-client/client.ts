// The team runner's API client (issue 13 §2, runner/api): a small factory around the one HTTP policy
// (lib/http/policy.ts) — the token in every request's Authorization header, each answer checked
// with zod, the runner's statuses turned into values or the one error type. Only the service worker
// builds one: it alone reads the token from the vault.
import { AppError } from '../errors/app-error';
import { createHttp } from '../http/policy';
import type { HttpRequest } from '../http/types';
import type { LogQuery } from '../messaging/protocol';
import type {
  DayCountView,
  LogEntryView,
  LogItemView,
  RunnerLogPage,
  RunnerTemplateView,
} from '../messaging/results';
import { asRunnerError, classifyRunner } from './errors';
import {
  dailySchema,
  healthSchema,
  logEntryDetailsSchema,
  logPageSchema,
  ordersSchema,
  runStartedSchema,
  runsSchema,
} from './schemas';
import type { RunnerOrderView } from './schemas';
import type { z } from 'zod';

/** A runner on the LAN or behind a proxy answers well within this; a hung one should not hang Options. */
export const RUNNER_TIMEOUT_MS = 15_000;
/** A read is tried once more after a 5xx or a lost connection: a person is waiting for the answer. */
export const RUNNER_READ_ATTEMPTS = 2;

export interface RunnerClientOptions {
  /** `https://runner.example/api/v1` (lib/runner-client/address.ts). */
  apiBase: string;
  token: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

export interface RunnerClient {
  /** Resolves when the runner's API answers at all (no token needed). */
  health(): Promise<void>;
  log(query: LogQuery, page?: { offset?: number; limit?: number }): Promise<RunnerLogPage>;
  entry(id: number): Promise<{ entry: LogEntryView; items: LogItemView[] } | undefined>;
  /** Entries per day by result; `starts` are the days' starts, oldest first (protocol.ts dayStarts). */
  daily(starts: readonly number[]): Promise<DayCountView[]>;
  runs(): Promise<RunnerTemplateView[]>;
  orders(): Promise<RunnerOrderView[]>;
  /** `Run now`: started, or not because the template is running already. */
  runNow(templateId: string): Promise<{ started: boolean }>;
}

/** The log's filter as the runner reads it (runner/api/log-params.ts): epoch ms, as text. */
function logSearch(query: LogQuery, page: { offset?: number; limit?: number }): string {
  const params = new URLSearchParams();
  if (query.from !== undefined) params.set('from', String(Math.trunc(query.from)));
  if (query.to !== undefined) params.set('to', String(Math.trunc(query.to)));
  if (query.template !== undefined) params.set('template', query.template);
  if (query.result !== undefined) params.set('result', query.result);
  if (query.search !== undefined && query.search.trim() !== '') params.set('search', query.search);
  if (page.offset !== undefined) params.set('offset', String(page.offset));
  if (page.limit !== undefined) params.set('limit', String(page.limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createRunnerClient(options: RunnerClientOptions): RunnerClient {
  const { apiBase, token } = options;
  const origin = new URL(apiBase).origin;
  const send = createHttp({
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    classify: classifyRunner,
    maxAttempts: RUNNER_READ_ATTEMPTS,
    defaultTimeoutMs: options.timeoutMs ?? RUNNER_TIMEOUT_MS,
    isAllowedUrl: (url) => url.startsWith(`${apiBase}/`),
  });

  async function call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    operation: string,
    withToken = true,
  ): Promise<{ status: number; value: z.infer<S> }> {
    const req: HttpRequest = {
      service: 'extension',
      method,
      url: `${apiBase}${path}`,
      headers: { Accept: 'application/json', ...(withToken ? { Authorization: `Bearer ${token}` } : {}) },
      intent: method === 'GET' ? 'read' : 'write',
      operation,
    };
    let status: number;
    let text: string;
    try {
      ({ status, text } = await send(req));
    } catch (thrown) {
      throw asRunnerError(thrown, origin);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return { status, value: parsed.data };
    const field = parsed.error.issues[0]?.path.join('.') || undefined;
    throw new AppError({
      kind: 'malformed-response',
      service: 'extension',
      status,
      ...(field ? { field } : {}),
      message: `The team runner at ${origin} sent an answer the extension could not read (${operation}).`,
      request: { method, url: req.url, operation },
    });
  }

  return {
    async health() {
      await call('GET', '/health', healthSchema, 'health', false);
    },
    async log(query, page = {}) {
      const { value } = await call('GET', `/log${logSearch(query, page)}`, logPageSchema, 'log');
      return { ...value, entries: value.entries.map((entry) => ({ ...entry, origin: 'runner' as const })) };
    },
    async entry(id) {
      try {
        const { value } = await call('GET', `/log/${id}`, logEntryDetailsSchema, 'log.entry');
        return { entry: { ...value.entry, origin: 'runner' }, items: value.items };
      } catch (thrown) {
        if (thrown instanceof AppError && thrown.status === 404 && thrown.code === 'not-found')
          return undefined;
        throw thrown;
      }
    },
    async daily(starts) {
      const search = new URLSearchParams({ starts: starts.join(',') });
      return (await call('GET', `/log/daily?${search}`, dailySchema, 'log.daily')).value.days;
    },
    async runs() {
      return (await call('GET', '/runs', runsSchema, 'runs')).value.templates;
    },
    async orders() {
      return (await call('GET', '/orders', ordersSchema, 'orders')).value.orders;
    },
    async runNow(templateId) {
      try {
        await call('POST', `/runs/${encodeURIComponent(templateId)}`, runStartedSchema, 'runs.start');
        return { started: true };
      } catch (thrown) {
        if (thrown instanceof AppError && thrown.code === 'already-running') return { started: false };
        throw thrown;
      }
    },
  };
}
