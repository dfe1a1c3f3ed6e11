// GET /log.csv: the filtered log as a CSV download, one row per entry or (`perItem=1`) per item.
import { Hono } from 'hono';
import { apiError } from '../errors';
import { CSV_CHUNK, openCsvStream } from '../csv-stream';
import { parseLogCsv } from '../log-params';
import type { ApiDeps } from '../deps';

/** `autotask-bridge-runner-log-2026-11-25T0930Z.csv`: UTC, since the server's zone means nothing to the reader. */
export function csvFileName(now: number): string {
  const iso = new Date(now).toISOString();
  return `autotask-bridge-runner-log-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z.csv`;
}

export function logCsvRoutes({ store, now = Date.now, onError }: Pick<ApiDeps, 'store' | 'now' | 'onError'>) {
  return new Hono().get('/log.csv', async (c) => {
    const parsed = parseLogCsv(c.req.query());
    if (!parsed.ok) return apiError(c, 400, 'bad-request', parsed.message);
    const body = await openCsvStream(
      store.log.walk(parsed.value.filter, CSV_CHUNK),
      parsed.value.perItem,
      onError,
    );
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFileName(now())}"`,
    });
  });
}
