// The log's query string → the extension's own filter (`logQuery`, lib/messaging/protocol.ts), so the
// runner's log filters exactly as the log page does, plus paging. A query string carries only text:
// dates become epoch ms first (digits as they are, or an ISO 8601 date for people with curl).
import { z } from 'zod';
import { dayStarts, logQuery } from '../../lib/messaging/protocol';
import type { LogQuery } from '../../lib/messaging/protocol';

/** Rows per page when none is asked for, and the most one page may hold. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

const FILTER_KEYS = ['from', 'to', 'template', 'result', 'search'] as const;

const count = z
  .string()
  .regex(/^\d{1,9}$/, 'Expected a whole number')
  .transform(Number);

const paging = z
  .object({
    offset: count.default(0),
    limit: count.pipe(z.number().int().min(1).max(MAX_LIMIT)).default(DEFAULT_LIMIT),
  })
  .strict();

const csvOptions = z.object({ perItem: z.enum(['0', '1']).default('0') }).strict();

/** `starts=<ms>,<ms>,…`: the days' starts as the extension sends them (protocol.ts dayStarts). */
const dailyOptions = z
  .object({
    starts: z
      .string()
      .regex(/^\d{1,16}(,\d{1,16})*$/, 'Expected epoch ms separated by commas')
      .transform((text) => text.split(',').map(Number))
      .pipe(dayStarts),
  })
  .strict();

function toEpochMs(text: string): number {
  if (/^-?\d{1,16}$/.test(text)) return Number(text);
  // Date.parse also reads "March 7" and the like; only ISO 8601 is meant.
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function fail(error: z.ZodError): { ok: false; message: string } {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, message: `${where}${issue?.message ?? 'Invalid query'}` };
}

/** Splits the query into the filter and the rest, and checks the filter with the extension's schema. */
function filterOf(query: Record<string, string>): Parsed<{ filter: LogQuery; rest: Record<string, string> }> {
  const raw: Record<string, unknown> = {};
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) rest[key] = value;
    else raw[key] = key === 'from' || key === 'to' ? toEpochMs(value) : value;
  }
  // An empty search box means no search, as on the log page.
  if (raw.search === '') delete raw.search;
  const filter = logQuery.safeParse(raw);
  return filter.success ? { ok: true, value: { filter: filter.data, rest } } : fail(filter.error);
}

export function parseLogList(
  query: Record<string, string>,
): Parsed<{ filter: LogQuery; offset: number; limit: number }> {
  const split = filterOf(query);
  if (!split.ok) return split;
  const page = paging.safeParse(split.value.rest);
  return page.success ? { ok: true, value: { filter: split.value.filter, ...page.data } } : fail(page.error);
}

export function parseLogCsv(query: Record<string, string>): Parsed<{ filter: LogQuery; perItem: boolean }> {
  const split = filterOf(query);
  if (!split.ok) return split;
  const options = csvOptions.safeParse(split.value.rest);
  return options.success
    ? { ok: true, value: { filter: split.value.filter, perItem: options.data.perItem === '1' } }
    : fail(options.error);
}

/** GET /log/daily: the days to count, no filter (the chart counts every entry). */
export function parseLogDaily(query: Record<string, string>): Parsed<{ starts: number[] }> {
  const options = dailyOptions.safeParse(query);
  return options.success ? { ok: true, value: options.data } : fail(options.error);
}
