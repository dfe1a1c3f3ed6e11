// A template's settings = its defaults overlaid with what the user saved, checked by the template's
// own zod schema. Stored settings that no longer parse (a template changed shape) fall back to the
// defaults rather than breaking the worker.
import { AppError } from '../errors/app-error';
import { templateSettingsItem } from '../settings/settings';
import type { TemplateDefinition, TemplateSettingsBase } from './define-template';

export async function loadTemplateSettings<S extends TemplateSettingsBase>(
  template: TemplateDefinition<S, unknown>,
): Promise<S> {
  const stored = await templateSettingsItem(template.id).getValue();
  const parsed = template.settingsSchema.safeParse({ ...template.defaultSettings, ...stored });
  return parsed.success ? parsed.data : template.defaultSettings;
}

export async function saveTemplateSettings<S extends TemplateSettingsBase>(
  template: TemplateDefinition<S, unknown>,
  patch: Partial<S>,
): Promise<S> {
  const current = await loadTemplateSettings(template);
  const parsed = template.settingsSchema.safeParse({ ...current, ...patch });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError({
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: 'invalid-settings',
      message: `Invalid settings for ${template.name}${issue ? `: ${issue.message}` : ''}.`,
      field: issue?.path.join('.'),
    });
  }
  await templateSettingsItem(template.id).setValue(parsed.data as unknown as Record<string, unknown>);
  return parsed.data;
}

/**
 * The on/off switch alone (issue 10 §1). Written onto the stored record as it is, not through
 * load-and-save: a stored value the current schema cannot read would otherwise be replaced by the
 * defaults, and Disconnect must keep every setting for the next Connect.
 */
export async function setTemplateEnabled(template: { id: string }, enabled: boolean): Promise<void> {
  const item = templateSettingsItem(template.id);
  const stored = await item.getValue();
  await item.setValue({ ...(stored ?? {}), enabled });
}
