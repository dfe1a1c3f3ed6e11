// Every production template, registered once (entrypoints/background/index.ts imports this file).
import { registerTemplate } from '../registry';
import { createOrdersTemplate } from './create-orders';
import { orderStatusTemplate } from './order-status';
import { productSyncTemplate } from './product-sync';

registerTemplate(createOrdersTemplate);
registerTemplate(orderStatusTemplate);
registerTemplate(productSyncTemplate);
