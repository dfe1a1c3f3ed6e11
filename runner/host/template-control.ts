// The scheduler's view the HTTP API serves (runner/api/deps.ts TemplateControl): each template with
// its last run (from the store's run records, whichever replica ran it), its next tick (this
// process's schedules) and `Run now`.
import { lockHeld } from '../../lib/sync/run-state';
import { listTemplates } from '../../lib/sync/registry';
import { loadTemplateSettings } from '../../lib/sync/template-settings';
import type { TemplateControl } from '../api/deps';
import type { RunnerStore } from '../store/types';
import type { RunControl } from './runs';
import type { Schedules } from './schedules';

export function templateControl(
  store: Pick<RunnerStore, 'runs'>,
  runs: RunControl,
  schedules: Pick<Schedules, 'nextRunAt'>,
  now: () => number = Date.now,
): TemplateControl {
  return {
    async list() {
      return Promise.all(
        listTemplates().map(async (template) => {
          const [record, settings] = await Promise.all([
            store.runs.get(template.id),
            loadTemplateSettings(template),
          ]);
          const next = schedules.nextRunAt(template.id);
          return {
            id: template.id,
            name: template.name,
            enabled: settings.enabled,
            ...(record?.lastRunAt !== undefined ? { lastRunAt: record.lastRunAt } : {}),
            ...(record?.lastResult ? { lastResult: record.lastResult } : {}),
            ...(next !== undefined ? { nextRunAt: next } : {}),
            running: lockHeld(record, now()),
          };
        }),
      );
    },
    async runNow(id) {
      const result = await runs.start(id, 'manual');
      return result.started ? 'started' : result.reason;
    },
  };
}
