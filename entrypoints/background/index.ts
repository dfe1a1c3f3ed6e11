// The service worker only wires (STYLE.md §1): dependencies (built lazily, container.ts), the one
// message router with a handler per protocol message (handlers.ts), and the template alarms
// (alarms.ts). Listeners are added synchronously so events that woke the worker reach them.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../lib/messaging/router';
import { ensureRetentionAlarm, handleRetentionAlarm } from '../../lib/log/retention-alarm';
import { registerOutboxRecovery } from '../../lib/orders/recovery';
import { provideSyncServices } from '../../lib/sync/services';
// Registers every production template (Create Orders, Get Order Status…) once per worker start.
import './templates';
import { registerAlarms } from './alarms';
import { createContainer } from './container';
import { createHandlers } from './handlers';

export default defineBackground({
  type: 'module',
  main() {
    const container = createContainer();
    provideSyncServices(container);
    browser.runtime.onMessage.addListener(createRouter(createHandlers(container)));
    registerAlarms().catch((error: unknown) => console.error('Autotask Bridge: alarms not set', error));
    // The log's daily retention run (issue 6 §3); the template alarms above ignore its name.
    browser.alarms.onAlarm.addListener((alarm) => void handleRetentionAlarm(alarm).catch(console.error));
    void ensureRetentionAlarm().catch(console.error);
    // Interrupted submissions settle without anyone opening the PO (issue 3 §3).
    registerOutboxRecovery(container);
  },
});
