// Every production template, registered once (entrypoints/background/index.ts imports this file).
import { registerTemplate } from '../../lib/sync/registry';
import { createOrdersTemplate } from '../../lib/orders/create-orders-template';
import { orderStatusTemplate } from '../../lib/order-status/template';
import { productSyncTemplate } from '../../lib/products/template';

registerTemplate(createOrdersTemplate);
registerTemplate(orderStatusTemplate);
registerTemplate(productSyncTemplate);
