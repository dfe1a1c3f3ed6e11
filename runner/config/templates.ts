// Template settings in the config file: each template's settings over its defaults, checked by the
// template's own zod schema (the same check the options page's save makes). A template the config
// schedules is switched on unless its settings say otherwise: a cron line that never runs would be a
// silent surprise.
import { listTemplates } from '../../lib/sync/registry';
import { ConfigError, issuesError } from './errors';

export function templateSettingsFromConfig(
  patches: Record<string, Record<string, unknown>>,
  schedules: Record<string, string>,
): Record<string, Record<string, unknown>> {
  const templates = listTemplates();
  for (const id of Object.keys(patches)) {
    if (!templates.some((t) => t.id === id)) {
      const known = templates.map((t) => t.id).join(', ');
      throw new ConfigError(`templates.${id}: there is no such template (known: ${known}).`);
    }
  }
  const out: Record<string, Record<string, unknown>> = {};
  for (const template of templates) {
    const patch = patches[template.id] ?? {};
    const enabled = patch.enabled ?? (template.id in schedules ? true : template.defaultSettings.enabled);
    const parsed = template.settingsSchema.safeParse({ ...template.defaultSettings, ...patch, enabled });
    if (!parsed.success) throw issuesError(parsed.error.issues, ['templates', template.id]);
    out[template.id] = parsed.data as Record<string, unknown>;
  }
  return out;
}
