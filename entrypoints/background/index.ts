// The service worker only wires (STYLE.md §1): the host's ports (timers over chrome.alarms),
// dependencies (built lazily, container.ts), the one message router with a handler per protocol
// message (handlers.ts), and the alarms (alarms.ts). Listeners are added synchronously so events
// that woke the worker reach them.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../lib/messaging/router';
import { provideSyncServices } from '../../lib/sync/services';
import { provideTimers } from '../../lib/host/timers';
// Registers every production template (Create Orders, Get Order Status…) once per worker start.
import './templates';
import { registerAlarms } from './alarms';
import { browserTimers } from './browser-timers';
import { createContainer } from './container';
import { createHandlers } from './handlers';

export default defineBackground({
  type: 'module',
  main() {
    provideTimers(browserTimers);
    const container = createContainer();
    provideSyncServices(container);
    browser.runtime.onMessage.addListener(createRouter(createHandlers(container)));
    registerAlarms(container).catch((error: unknown) =>
      console.error('Autotask Bridge: alarms not set', error),
    );
  },
});
