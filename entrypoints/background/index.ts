// The service worker only wires (STYLE.md §1): the host's ports (settings over chrome.storage.local,
// timers over chrome.alarms, the store over IndexedDB),
// dependencies (built lazily, container.ts), the one message router with a handler per protocol
// message (handlers.ts), and the alarms (alarms.ts). Listeners are added synchronously so events
// that woke the worker reach them.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../lib/messaging/router';
import { provideSyncServices } from '../../lib/sync/services';
import { provideSettingsArea } from '../../lib/host/settings';
import { provideStore } from '../../lib/host/store';
import { provideTimers } from '../../lib/host/timers';
import { extensionStore } from '../../lib/db/dexie-store';
import { extensionSettingsArea } from '../../lib/settings/extension-area';
// Registers every production template (Create Orders, Get Order Status…) once per worker start.
import './templates';
import { registerAlarms } from './alarms';
import { browserTimers } from './browser-timers';
import { createContainer } from './container';
import { createHandlers } from './handlers';
import { watchToolbarBadge } from './toolbar-badge';

export default defineBackground({
  type: 'module',
  main() {
    provideSettingsArea(extensionSettingsArea);
    provideTimers(browserTimers);
    provideStore(extensionStore);
    const container = createContainer();
    provideSyncServices(container);
    browser.runtime.onMessage.addListener(createRouter(createHandlers(container)));
    // Failed and partial entries since the popup was last opened (issue 13 §3).
    watchToolbarBadge();
    registerAlarms(container).catch((error: unknown) =>
      console.error('Autotask Bridge: alarms not set', error),
    );
  },
});
