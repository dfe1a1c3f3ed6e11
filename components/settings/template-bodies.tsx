// Each template's settings, by template id, for its section in Options → Templates (issue 10 §1).
// They read the tenant's picklists, so they appear once Autotask is connected; what was saved before
// a Disconnect is kept and shown again after Connect.
import type { ReactNode } from 'react';
import { StatusMappingSection } from '../order-status/status-mapping';
import { ProductSyncSection } from '../products/product-sync-section';
import { CreateOrdersSettingsSection } from './template-create-orders';

const NOT_CONNECTED = (
  <p className="muted">Connect Autotask to see and change these settings. Settings saved earlier are kept.</p>
);

export function templateBodies(autotaskConnected: boolean): Record<string, ReactNode> {
  if (!autotaskConnected) {
    return { 'product-sync': NOT_CONNECTED, 'create-orders': NOT_CONNECTED, 'order-status': NOT_CONNECTED };
  }
  return {
    'product-sync': <ProductSyncSection />,
    'create-orders': <CreateOrdersSettingsSection />,
    'order-status': <StatusMappingSection />,
  };
}
