// Every production template, registered once — the same list as the extension's
// (entrypoints/background/templates.ts), which the runner does not import: entrypoints/ is the
// extension's host. A template added there is added here.
import { registerTemplate } from '../../lib/sync/registry';
import { createOrdersTemplate } from '../../lib/orders/create-orders-template';
import { orderStatusTemplate } from '../../lib/order-status/template';
import { productSyncTemplate } from '../../lib/products/template';

registerTemplate(createOrdersTemplate);
registerTemplate(orderStatusTemplate);
registerTemplate(productSyncTemplate);
