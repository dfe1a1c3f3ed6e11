// The hostile-host e2e world (issue 7 §1): the real simulators behind the loopback HTTPS front,
// a demo tenant with one more PO (1099) whose number, ship-to, products and SKUs are XSS payloads,
// and an attack script the stand-in Autotask page serves (?hostile=1 on any page adds it).
// Built on listenHttps rather than startSandbox so the page module stays untouched.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAutotaskSim, DEMO } from '../../sandbox/autotask/index';
import { listenHttps } from '../../sandbox/server';
import type { HttpsFront } from '../../sandbox/server';
import { createTdSynnexSim } from '../../sandbox/tdsynnex/index';
import { launchExtension } from '../../e2e/harness/browser';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { BEACON_HOST, PAYLOADS } from './xss-payloads';

export const HOSTILE_PO_ID = 1099;
export const ATTACK_SCRIPT_PATH = '/__hostile/attack.js';
const FIRST_PRODUCT = 9001;

export interface HostileWorld {
  front: HttpsFront;
  autotask: ReturnType<typeof createAutotaskSim>;
  tdsynnex: ReturnType<typeof createTdSynnexSim>;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/** PO 1099: a copy of PO 1042 whose every text the sidebar shows is an XSS payload. */
function seedPayloads(sim: ReturnType<typeof createAutotaskSim>): void {
  const db = sim.db;
  const ci = DEMO.ci;
  const template = db.get(ci, 'PurchaseOrders', DEMO.purchaseOrders.new)!;
  const [first, second, ...rest] = PAYLOADS;
  db.insert(ci, 'PurchaseOrders', {
    ...template,
    id: HOSTILE_PO_ID,
    purchaseOrderNumber: first!.text.slice(0, 50),
    shipToName: second!.text.slice(0, 100),
    generalMemo: PAYLOADS.map((p) => p.text)
      .join(' ')
      .slice(0, 8000),
  });
  const half = Math.ceil(rest.length / 2);
  for (let i = 0; i < half; i++) {
    const id = FIRST_PRODUCT + i;
    const name = rest[i]!.text;
    const description = rest[half + i]?.text ?? name;
    db.insert(ci, 'Products', {
      id,
      name,
      description,
      manufacturerName: name,
      manufacturerProductName: description.slice(0, 50),
      sku: description.slice(0, 50),
      unitCost: 10 + i,
      unitPrice: 20 + i,
      isActive: true,
      isSerialized: false,
      productCategory: 1,
      defaultVendorID: DEMO.tdSynnexVendorId,
    });
    // Some lines link a real TD SYNNEX SKU (so prices show), the others a payload as the SKU.
    db.insert(ci, 'ProductVendors', {
      productID: id,
      vendorID: DEMO.tdSynnexVendorId,
      vendorPartNumber: i % 3 === 0 ? String(5432101 + (i % 50)) : name.slice(0, 50),
      vendorCost: 10 + i,
      isDefault: true,
      isActive: true,
    });
    db.insert(ci, 'PurchaseOrderItems', {
      orderID: HOSTILE_PO_ID,
      productID: id,
      quantity: 1 + (i % 3),
      unitCost: 10 + i,
      memo: description,
      inventoryLocationID: DEMO.warehouseId,
    });
  }
}

const attackSource = () =>
  readFileSync(fileURLToPath(new URL('./attack-script.js', import.meta.url)), 'utf8');

export async function startHostileWorld(): Promise<HostileWorld> {
  const autotask = createAutotaskSim({ seed: 'demo' });
  const tdsynnex = createTdSynnexSim({ seed: 'demo' });
  seedPayloads(autotask);
  const hostile = {
    async fetch(req: Request): Promise<Response> {
      const url = new URL(req.url);
      if (url.hostname === BEACON_HOST) return new Response('beacon');
      if (url.pathname === ATTACK_SCRIPT_PATH)
        return new Response(attackSource(), { headers: { 'content-type': 'text/javascript' } });
      const res = await autotask.fetch(req);
      if (!url.searchParams.has('hostile') || !/text\/html/.test(res.headers.get('content-type') ?? ''))
        return res;
      // The stand-in page plus the attack, loaded first thing in <head> (before our content script).
      const html = (await res.text()).replace(
        '<head>',
        `<head><script src="${ATTACK_SCRIPT_PATH}"></script>`,
      );
      return new Response(html, {
        status: res.status,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    },
  };
  const front = await listenHttps((hostname) => {
    if (hostname.endsWith('.autotask.net')) return hostile;
    if (hostname.endsWith('.tdsynnex.com')) return tdsynnex;
    return undefined;
  });
  try {
    const browser = await launchExtension({ hostResolverRules: front.hostResolverRules });
    return {
      front,
      autotask,
      tdsynnex,
      browser,
      async close() {
        await browser.close();
        await front.close();
      },
    };
  } catch (error) {
    await front.close();
    throw error;
  }
}

/** Autotask writes (anything but reads and queries) among the requests since `from`. */
export function autotaskWritesSince(front: HttpsFront, from: number): string[] {
  return front.requests
    .slice(from)
    .filter((r) => {
      const url = new URL(r.url);
      return (
        url.hostname.startsWith('webservices') &&
        r.method !== 'GET' &&
        !/\/query(\/|$)|zoneInformation/i.test(url.pathname)
      );
    })
    .map((r) => `${r.method} ${r.url}`);
}

export function beaconsSince(front: HttpsFront, from: number): string[] {
  return front.requests
    .slice(from)
    .filter((r) => new URL(r.url).hostname === BEACON_HOST)
    .map((r) => r.url);
}
