import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  autotaskConnection,
  logRetentionDays,
  runScheduledHere,
  distributorConnection,
  distributorVendor,
  templateSettingsItem,
} from '../../../lib/settings/settings';

describe('settings', () => {
  it('does not run scheduled templates in this browser unless asked', async () => {
    expect(await runScheduledHere.getValue()).toBe(false);
    await runScheduledHere.setValue(true);
    expect(await runScheduledHere.getValue()).toBe(true);
    expect(await fakeBrowser.storage.local.get('runScheduledHere')).toEqual({ runScheduledHere: true });
  });

  it('starts disconnected from both services', async () => {
    expect(await autotaskConnection.getValue()).toEqual({ connected: false, missing: [], warnings: [] });
    expect(await distributorConnection('tdsynnex').getValue()).toEqual({ connected: false });
    expect(await distributorVendor('tdsynnex').getValue()).toBeNull();
    expect(await logRetentionDays.getValue()).toBe(30);
  });

  it('keeps each template’s settings under its own key', async () => {
    await templateSettingsItem('product-sync').setValue({ enabled: true });
    expect(await templateSettingsItem('product-sync').getValue()).toEqual({ enabled: true });
    expect(await templateSettingsItem('create-orders').getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get('template.product-sync')).toEqual({
      'template.product-sync': { enabled: true },
    });
  });
});
