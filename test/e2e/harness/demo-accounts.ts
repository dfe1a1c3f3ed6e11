// The demo accounts the simulators seed with `seed: 'demo'` (team brief, "Demo-tenant facts").
import { DEMO_INGRAM_ACCOUNT } from '../../sandbox/ingram/accounts';

export const DEMO = {
  autotask: {
    userName: 'api@contoso-msp.example',
    secret: 'demo-secret-1',
    integrationCode: 'DEMOINTEGRATIONCODE0000000001',
    tenantId: 684213,
    zoneName: 'America East 3',
    webUrl: 'https://ww22.autotask.net/',
  },
  tdsynnex: {
    customerNo: '123456',
    userId: 'ec-user@contoso-msp.example',
    password: 'demo-tds-password',
    region: 'US',
    environment: 'Production',
  },
  /** The Ingram simulator's demo API app, as the Options card's fields name it (lib/distributor/ingram/info.ts). */
  ingram: {
    clientId: DEMO_INGRAM_ACCOUNT.clientId,
    clientSecret: DEMO_INGRAM_ACCOUNT.clientSecret,
    customerNumber: DEMO_INGRAM_ACCOUNT.customerNumber,
    countryCode: DEMO_INGRAM_ACCOUNT.countryCode,
    environment: 'sandbox',
  },
  vendorName: 'TD SYNNEX Corporation',
  purchaseOrder: { id: 1042, number: 'PO-1042', skus: ['5432101', '5432102', '5432103'] },
} as const;

// Stand-in Autotask pages (UI.md "Sandbox pages").
const WEB = 'https://ww22.autotask.net';
export const PAGES = {
  purchaseOrder: `${WEB}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042`,
  purchaseOrderById: (id: number) => `${WEB}/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=${id}`,
  purchaseOrderInFrame: `${WEB}/Autotask/Popups/Inventory/PurchaseOrderFrame.aspx?purchaseOrderID=1042`,
  /** A page the recogniser must leave alone (no PO, no product). */
  dashboard: `${WEB}/Mvc/Home/Dashboard.mvc`,
  product: (id: number) => `${WEB}/Mvc/Inventory/ProductDetail.mvc?productID=${id}`,
} as const;
