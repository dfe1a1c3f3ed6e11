// The answers the corpus tampers with (issue 7 §3), each with the fields a malformed answer may
// break. Autotask answers are read during a template run that reads everything first and writes
// afterwards (so "no partial write" and "the run's log entry says what was wrong" are checked);
// TD SYNNEX order answers are read by direct adapter calls.
import { z } from 'zod';
import { isIn } from '../../../lib/autotask/query';
import {
  productSchema,
  productVendorSchema,
  purchaseOrderItemSchema,
  purchaseOrderSchema,
} from '../../../lib/autotask/schemas';
import { db } from '../../../lib/db/db';
import { defineTemplate } from '../../../lib/sync/define-template';
import { DEMO } from '../../sandbox/autotask/index';
import { demoOrder } from '../../lib/distributor/tdsynnex/harness';
import { bodyMutationsJson, bodyMutationsXml, fieldMutationsJson, fieldMutationsXml } from './mutations';
import type { FieldKind, Mutation } from './mutations';
import type { World } from './world';

export interface Exchange {
  /** How the error message must name the endpoint. */
  endpoint: string;
  match(req: Request, body: string): boolean;
  /** true: read inside the template run (checks writes and the log); false: `call` directly. */
  inRun: boolean;
  call?: (world: World) => Promise<unknown>;
  mutations: Mutation[];
}

const path = (req: Request) => new URL(req.url).pathname;
const json = (
  fields: [(string | number)[], FieldKind][],
  item: (string | number)[],
  list?: (string | number)[],
) => [...fields.flatMap(([p, kind]) => fieldMutationsJson(p, kind)), ...bodyMutationsJson(item, list)];
const xml = (fields: [string, FieldKind][], repeated: string) => [
  ...fields.flatMap(([tag, kind]) => fieldMutationsXml(tag, kind)),
  ...bodyMutationsXml(repeated),
];

export const EXCHANGES: Exchange[] = [
  {
    endpoint: 'GET zoneInformation',
    match: (req) => /zoneInformation/i.test(path(req)),
    inRun: true,
    mutations: json(
      [
        [['url'], 'text'],
        [['ci'], 'id'],
        [['zoneName'], 'text'],
        [['webUrl'], 'text'],
      ],
      [],
    ).filter((m) => !m.what.startsWith('duplicate')),
  },
  {
    endpoint: 'GET PurchaseOrders/1042',
    match: (req) => req.method === 'GET' && /\/PurchaseOrders\/1042$/i.test(path(req)),
    inRun: true,
    mutations: json(
      [
        [['item', 'id'], 'id'],
        [['item', 'vendorID'], 'id'],
        [['item', 'status'], 'id'],
        [['item', 'freight'], 'money'],
        [['item', 'purchaseOrderNumber'], 'text?'],
      ],
      ['item'],
    ),
  },
  {
    endpoint: 'POST PurchaseOrderItems/query',
    match: (req) => /\/PurchaseOrderItems\/query$/i.test(path(req)),
    inRun: true,
    mutations: json(
      [
        [['items', 0, 'id'], 'id'],
        [['items', 0, 'orderID'], 'id'],
        [['items', 0, 'quantity'], 'quantity'],
        [['items', 0, 'unitCost'], 'money'],
        [['items', 0, 'productID'], 'int'],
        [['pageDetails', 'count'], 'count'],
        [['items'], 'id'],
      ],
      ['items', 0],
      ['items'],
    ),
  },
  {
    endpoint: 'POST Products/query',
    match: (req) => /\/Products\/query$/i.test(path(req)),
    inRun: true,
    mutations: json(
      [
        [['items', 0, 'id'], 'id'],
        [['items', 0, 'name'], 'text'],
        [['items', 0, 'unitCost'], 'money'],
        [['items', 0, 'unitPrice'], 'money'],
        [['items', 0, 'msrp'], 'money'],
        [['items', 0, 'sku'], 'text?'],
      ],
      ['items', 0],
      ['items'],
    ),
  },
  {
    endpoint: 'POST ProductVendors/query',
    match: (req) => /\/ProductVendors\/query$/i.test(path(req)),
    inRun: true,
    mutations: json(
      [
        [['items', 0, 'productID'], 'id'],
        [['items', 0, 'vendorID'], 'id'],
        [['items', 0, 'vendorCost'], 'money'],
        [['items', 0, 'vendorPartNumber'], 'text?'],
      ],
      ['items', 0],
      ['items'],
    ),
  },
  {
    endpoint: 'PriceAvailability',
    match: (req) => /tdsynnex/i.test(new URL(req.url).host) && /price/i.test(path(req)),
    inRun: true,
    mutations: xml(
      [
        ['price', 'price'],
        ['qty', 'count'],
        ['totalQuantity', 'count?'],
        ['number', 'text'],
        ['status', 'enum'],
        ['lineNumber', 'quantity'],
        ['synnexSKU', 'enum'],
      ],
      'PriceAvailabilityList',
    ),
  },
  {
    endpoint: 'OrderStatus',
    match: (req, body) => /tdsynnex/i.test(new URL(req.url).host) && body.includes('<OrderStatusRequest'),
    inRun: false,
    call: async (world) => {
      await world.distributor.submitOrder(demoOrder());
      return world.distributor.orderStatus(demoOrder().poNumber);
    },
    mutations: xml(
      [
        ['Code', 'enum'],
        ['OrderQuantity', 'count'],
        // Absent until the line ships (order-status.ts reads it as 0).
        ['ShipQuantity', 'count?'],
        ['UnitPrice', 'money'],
        ['PONumber', 'text'],
      ],
      'Item',
    ),
  },
  {
    endpoint: 'OrderSubmit',
    match: (req, body) =>
      /tdsynnex/i.test(new URL(req.url).host) &&
      /\/PO$/i.test(path(req)) &&
      !body.includes('<OrderStatusRequest'),
    inRun: false,
    call: (world) => world.distributor.submitOrder(demoOrder()),
    mutations: xml(
      [
        ['Code', 'enum'],
        ['OrderQuantity', 'count'],
        ['PONumber', 'text'],
        ['SKU', 'text'],
      ],
      'Item',
    ),
  },
];

// ---- the template run ------------------------------------------------------------------------

export const RUN_TEMPLATE_ID = 'security-read-then-write';

/**
 * Reads PO 1042, its lines, their products, TD SYNNEX SKUs and prices — every answer checked —
 * and only then writes (sku state in IndexedDB, unit costs at Autotask), the way issue 4's sync
 * commits a page. A malformed answer anywhere must stop it before the first write.
 */
export function readThenWriteTemplate(world: () => World) {
  return defineTemplate({
    id: RUN_TEMPLATE_ID,
    name: 'Security read-then-write',
    operation: 'product-sync',
    settingsSchema: z.object({ enabled: z.boolean() }).strict(),
    defaultSettings: { enabled: false },
    schedule: () => undefined,
    async run(ctx, signal) {
      const { autotask, distributor } = world();
      const po = await autotask.get('PurchaseOrders', DEMO.purchaseOrders.new, purchaseOrderSchema, signal);
      if (!po) throw new Error('PO 1042 is missing from the demo tenant');
      const lines = await autotask.queryIn(
        'PurchaseOrderItems',
        'orderID',
        [po.id],
        purchaseOrderItemSchema,
        undefined,
        signal,
      );
      const ids = [
        ...new Set(lines.map((l) => l.productID).filter((id): id is number => typeof id === 'number')),
      ];
      const products = await autotask.queryIn('Products', 'id', ids, productSchema, undefined, signal);
      const vendors = await autotask.queryAll(
        'ProductVendors',
        { filter: [isIn('productID', ids), { op: 'eq', field: 'vendorID', value: DEMO.tdSynnexVendorId }] },
        productVendorSchema,
        signal,
      );
      const skus = vendors
        .filter((v) => v.vendorPartNumber)
        .map((v) => ({ id: v.productID, sku: v.vendorPartNumber! }));
      const prices = await distributor.priceAvailability(
        skus.map((s) => ({ distributorSku: s.sku })),
        signal,
      );
      for (const [i, { id, sku }] of skus.entries()) {
        const unitCost = prices[i]?.unitCost;
        if (unitCost === undefined || !products.some((p) => p.id === id)) continue;
        await db.skuState.put({ sku, productId: id, status: 'synced', unitCost });
        await autotask.update('Products', { id, unitCost }, undefined, signal);
      }
      await ctx.log({ operation: 'product-sync', result: 'success', summary: `${skus.length} costs copied` });
      return { result: 'success' };
    },
  });
}
