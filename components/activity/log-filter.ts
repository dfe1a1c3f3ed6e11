// The log's filters as the form holds them (issue 6 §2: From, To, Template, Result, search), their
// translation to a LogQuery, and their place in the URL: the popup opens the full log (and hands
// exports over) with its filters in `log.html?…`.
import type { LogQuery } from '../../lib/messaging/protocol';

export type ResultFilter = '' | 'success' | 'partial' | 'failed';

export interface LogFilter {
  /** `yyyy-mm-dd` (an <input type="date"> value), local days, both inclusive; '' = open. */
  from: string;
  to: string;
  template: string;
  result: ResultFilter;
  search: string;
}

export const NO_FILTER: LogFilter = { from: '', to: '', template: '', result: '', search: '' };

export const RESULT_LABEL = { success: 'Success', partial: 'Partial success', failed: 'Failed' } as const;

/** Local midnight of a `yyyy-mm-dd` date, or undefined for '' or nonsense. */
function localDay(value: string, plusDays = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date.getTime();
}

export function toQuery(filter: LogFilter): LogQuery {
  const query: LogQuery = {};
  const from = localDay(filter.from);
  // `To` is a whole day: entries up to the next local midnight, exclusive.
  const to = localDay(filter.to, 1);
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to;
  if (filter.template !== '') query.template = filter.template;
  if (filter.result !== '') query.result = filter.result;
  if (filter.search.trim() !== '') query.search = filter.search.trim();
  return query;
}

const KEYS = ['from', 'to', 'template', 'result', 'search'] as const;

export function filterToParams(filter: LogFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filter[key] !== '') params.set(key, filter[key]);
  return params;
}

export function filterFromParams(params: URLSearchParams): LogFilter {
  const result = params.get('result') ?? '';
  return {
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    template: params.get('template') ?? '',
    result: result === 'success' || result === 'partial' || result === 'failed' ? result : '',
    search: params.get('search') ?? '',
  };
}
