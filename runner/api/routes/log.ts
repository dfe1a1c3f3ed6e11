// GET /log (the log page's filters, paged, newest first), GET /log/:id (an entry with its items) and
// GET /log/daily (entries per day by result, for the log page's runs chart).
import { Hono } from 'hono';
import { apiError } from '../errors';
import { parseLogDaily, parseLogList } from '../log-params';
import { entryView, itemView } from '../views';
import type { ApiDeps } from '../deps';

export function logRoutes({ store }: Pick<ApiDeps, 'store'>) {
  return new Hono()
    .get('/log', async (c) => {
      const parsed = parseLogList(c.req.query());
      if (!parsed.ok) return apiError(c, 400, 'bad-request', parsed.message);
      const { filter, offset, limit } = parsed.value;
      const page = await store.log.query(filter, { offset, limit });
      return c.json({ entries: page.entries.map(entryView), total: page.total, offset, limit });
    })
    .get('/log/daily', async (c) => {
      // The days are the browser's (its time zone, its DST): it sends each day's start.
      const parsed = parseLogDaily(c.req.query());
      if (!parsed.ok) return apiError(c, 400, 'bad-request', parsed.message);
      return c.json({ days: await store.log.countByDay(parsed.value.starts) });
    })
    .get('/log/:id{[0-9]{1,15}}', async (c) => {
      const found = await store.log.entry(Number(c.req.param('id')));
      if (!found) return apiError(c, 404, 'not-found', 'No log entry with this id.');
      // Items in the order they were written, as the extension's entry details list them.
      const items = [...found.items].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
      return c.json({ entry: entryView(found.entry), items: items.map(itemView) });
    });
}
