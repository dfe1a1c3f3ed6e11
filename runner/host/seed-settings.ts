// The configuration written into the settings the engine reads (lib/settings/settings.ts), at every
// start: the configuration wins over whatever an earlier start stored. Only non-secret values go
// there — a distributor's view keeps the fields its registry entry does not mark secret, as the
// extension's chrome.storage does; secrets stay in the container's memory (container.ts).
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import {
  distributorConnection,
  distributorVendor,
  logRetentionDays,
  orderNumberField,
  runScheduledHere,
  templateSettingsItem,
} from '../../lib/settings/settings';
import { listTemplates } from '../../lib/sync/registry';
import type { RunnerConfig } from '../config';

export async function seedSettings(config: RunnerConfig, now = () => new Date()): Promise<void> {
  // lib/sync's own schedules (each template's dailyAt or period, on `template:` timers) stay off:
  // the runner's cron schedules start the runs (schedules.ts). Resumes of paused runs still work.
  await runScheduledHere.setValue(false);
  for (const template of listTemplates()) {
    const settings = config.templates[template.id];
    if (settings) await templateSettingsItem(template.id).setValue(settings);
  }
  for (const { id, secretFields } of DISTRIBUTORS) {
    const configured = config.distributors[id];
    if (!configured) {
      await distributorConnection(id).removeValue();
      await distributorVendor(id).removeValue();
      continue;
    }
    const shown = Object.fromEntries(
      Object.entries(configured.account).filter(([field]) => !secretFields.includes(field)),
    );
    const previous = await distributorConnection(id).getValue();
    await distributorConnection(id).setValue({
      connected: true,
      account: shown,
      ...(configured.vendor
        ? { vendorCompanyId: configured.vendor.companyId, vendorCompanyName: configured.vendor.companyName }
        : {}),
      connectedAt: previous.connectedAt ?? now().toISOString(),
    });
    await distributorVendor(id).setValue(configured.vendor ?? null);
  }
  const { orderNumberField: field, logRetentionDays: days } = config.settings;
  await (field ? orderNumberField.setValue(field) : orderNumberField.removeValue());
  await (days ? logRetentionDays.setValue(days) : logRetentionDays.removeValue());
}
