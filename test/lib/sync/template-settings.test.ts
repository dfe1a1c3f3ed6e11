import { describe, expect, it } from 'vitest';
import { templateSettingsItem } from '../../../lib/settings/settings';
import { defineTemplate } from '../../../lib/sync/define-template';
import { loadTemplateSettings, saveTemplateSettings } from '../../../lib/sync/template-settings';
import { pagedTemplate, settingsSchema } from './paged-template';

const template = pagedTemplate('settings-test', { writes: new Map() });

describe('template settings', () => {
  it('are the defaults until something is saved', async () => {
    expect(await loadTemplateSettings(template)).toEqual({ enabled: false, everyMinutes: 15 });
  });

  it('overlay what was saved on the defaults', async () => {
    await saveTemplateSettings(template, { enabled: true });
    expect(await loadTemplateSettings(template)).toEqual({ enabled: true, everyMinutes: 15 });
  });

  it('fall back to the defaults when what is stored no longer parses', async () => {
    await templateSettingsItem('settings-test').setValue({ enabled: 'yes', removedOption: 1 });
    expect(await loadTemplateSettings(template)).toEqual({ enabled: false, everyMinutes: 15 });
  });
});

describe('defineTemplate', () => {
  const base = {
    name: 'x',
    operation: 'product-sync' as const,
    settingsSchema,
    defaultSettings: { enabled: false },
    schedule: () => undefined,
    run: async () => undefined,
  };

  it('refuses an id that cannot be an alarm name and storage key', () => {
    expect(() => defineTemplate({ ...base, id: 'Product Sync!' })).toThrow(/kebab-case/);
    expect(() => defineTemplate({ ...base, id: 'a'.repeat(61) })).toThrow(/kebab-case/);
  });

  it('refuses defaults that its own schema rejects', () => {
    expect(() =>
      defineTemplate({ ...base, id: 'bad-defaults', defaultSettings: { enabled: false, extra: 1 } as never }),
    ).toThrow(/defaultSettings/);
  });
});
