// One handler per message of lib/messaging/protocol.ts. The router (lib/messaging/router.ts) has
// already checked the sender against the message's allow-list and parsed the payload with zod, so a
// handler only does the work. Every result is a view type of lib/messaging/results.ts: none of them
// has a field that could hold a secret.
import { connectAutotask, disconnect, reconnectAutotask } from '../../lib/connections/autotask';
import {
  autoSelectVendor,
  connectDistributor,
  distributorView,
  listVendors,
  reconnectDistributor,
  selectVendor,
} from '../../lib/connections/distributor';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import { orderHandlers } from '../../lib/orders/handlers';
import { orderStatusHandlers } from '../../lib/order-status/handlers';
import { productHandlers } from '../../lib/products/handlers';
import { createOrdersHandlers } from '../../lib/orders/create-orders-handlers';
import { toLogEntryView } from '../../lib/log/activity';
import { recentEntries } from '../../lib/log/activity-reads';
import { activityForKey } from '../../lib/log/key-activity';
import { logRetentionDays } from '../../lib/settings/settings';
import { setRetentionDays } from '../../lib/log/retention-alarm';
import { supportReportFor } from './support-report';
import { runnerDeps } from './runner-deps';
import { markLogSeen, syncRunnerBadge } from './toolbar-badge';
import type { ConnectionStatus } from '../../lib/messaging/results';
import type { RouterHandlers } from '../../lib/messaging/router';
import { findPurchaseOrder, getPurchaseOrderView } from '../../lib/orders/purchase-order-view';
import { runScheduledHere, supportContact, teamRunner } from '../../lib/settings/settings';
import { runNow, setEnabled, setRunScheduledHere, syncAlarms } from '../../lib/sync/scheduler';
import { runnerHandlers } from '../../lib/runner-client/handlers';
import { listTemplateViews } from '../../lib/sync/views';
import type { Container } from './container';

/** Required: a message of the protocol without a handler is a type error here. */
export type Handlers = Required<RouterHandlers>;

export function createHandlers(container: Container): Handlers {
  const deps = container.connection;

  async function status(): Promise<ConnectionStatus> {
    const views = await Promise.all(DISTRIBUTORS.map(({ id }) => distributorView(id, deps)));
    return {
      autotask: await deps.views.autotask.getValue(),
      distributors: Object.fromEntries(DISTRIBUTORS.map(({ id }, i) => [id, views[i]!])),
    };
  }

  async function extensionSettings() {
    const runner = await teamRunner.getValue();
    return {
      runScheduledHere: await runScheduledHere.getValue(),
      supportContact: await supportContact.getValue(),
      ...(runner ? { teamRunner: runner.url } : {}),
    };
  }

  return {
    // The content script reports what it sees; the answer only says whether to mount the sidebar.
    'page.report': async ({ kind }) => ({
      showSidebar: kind !== 'none' && (await deps.views.autotask.getValue()).connected,
    }),
    'connection.status': status,
    'autotask.connect': (creds) => connectAutotask(creds, deps),
    'autotask.reconnect': (creds) => reconnectAutotask(creds, deps),
    // Issue 10 §5: the one vendor company named like the distributor is saved at Connect.
    'distributor.connect': async ({ distributor, account }) => {
      await connectDistributor(distributor, account, deps);
      return autoSelectVendor(distributor, () => container.autotask(), deps);
    },
    'distributor.reconnect': async ({ distributor, secrets }) => {
      await reconnectDistributor(distributor, secrets, deps);
      return autoSelectVendor(distributor, () => container.autotask(), deps);
    },
    'vendors.list': async ({ distributor }) => listVendors(distributor, await container.autotask()),
    'vendors.select': async ({ distributor, companyId }) =>
      selectVendor(distributor, companyId, await container.autotask(), deps),
    'connection.disconnect': async ({ account }) => {
      await disconnect(account, deps);
      return status();
    },
    'settings.get': () => extensionSettings(),
    'settings.update': async (patch) => {
      if (patch.runScheduledHere !== undefined) await setRunScheduledHere(patch.runScheduledHere);
      if (patch.supportContact !== undefined) await supportContact.setValue(patch.supportContact);
      return extensionSettings();
    },
    'templates.list': () => listTemplateViews(),
    'templates.setEnabled': async ({ id, enabled }) => {
      await setEnabled(id, enabled);
      return listTemplateViews();
    },
    'templates.runNow': async ({ id }) => {
      // The run goes on in the worker; the caller follows it through templates.list.
      const { started } = await runNow(id);
      return { started };
    },
    'purchaseOrder.get': async ({ poId }) =>
      getPurchaseOrderView(poId, {
        client: await container.autotask(),
        vendors: await container.distributorVendors(),
      }),
    'purchaseOrder.find': async ({ query }) => {
      const poId = await findPurchaseOrder(query, await container.autotask());
      return poId === undefined ? null : { poId };
    },
    'log.recent': async ({ limit }) => (await recentEntries(limit)).map(toLogEntryView),
    // Issue 3: check, review window, submit (review window only), state, inline badges.
    ...orderHandlers(container),
    // Issue 5: order status for the sidebar, the popup and the options page.
    ...orderStatusHandlers(container),
    // Issue 4: Product Sync settings, import, Preview, the product sidebar, SKU sync status.
    ...productHandlers(container),
    // Issue 10 §1: the Create Orders template's settings.
    ...createOrdersHandlers(container),
    'log.forKey': ({ key, limit }) => activityForKey(key, limit),
    'log.retention': async ({ days }) => ({
      days: days === undefined ? await logRetentionDays.getValue() : await setRetentionDays(days),
    }),
    'log.supportReport': (request) => supportReportFor(request, deps),
    // The popup opened: the toolbar badge's failed and partial entries are seen (issue 13 §3).
    'log.seen': () => markLogSeen(),
    // Issue 13 §2: the team runner; Connect and Disconnect move the schedules to it and back.
    ...runnerHandlers({
      ...runnerDeps,
      async onConnectionChanged() {
        await syncAlarms();
        // The badge counts the runner's failures while one is connected, and stops when it is not.
        await syncRunnerBadge();
      },
    }),
  };
}
