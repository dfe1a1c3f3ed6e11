// GET /runs (each template with its last and next run) and POST /runs/:template (`Run now`).
import { Hono } from 'hono';
import { apiError } from '../errors';
import { templateRunView } from '../views';
import type { ApiDeps } from '../deps';

export function runRoutes({ templates }: Pick<ApiDeps, 'templates'>) {
  return new Hono()
    .get('/runs', async (c) => c.json({ templates: (await templates.list()).map(templateRunView) }))
    .post('/runs/:template{[a-z0-9][a-z0-9-]{0,59}}', async (c) => {
      const id = c.req.param('template');
      const result = await templates.runNow(id);
      if (result === 'started') return c.json({ template: id, status: 'started' }, 202);
      if (result === 'already-running') {
        return apiError(c, 409, 'already-running', 'This template is running already.');
      }
      if (result === 'switched-off') {
        return apiError(
          c,
          409,
          'switched-off',
          "This template is switched off in the runner's configuration.",
        );
      }
      return apiError(c, 404, 'not-found', 'No template with this id.');
    });
}
