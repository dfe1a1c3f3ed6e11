// Stand-in Autotask web pages on ww<N>.autotask.net (UI.md "Sandbox pages"). The real PO and
// product page URLs are unknown (API.md §5 [G]); these shapes are assumptions for testing. They are
// built from the simulator's own data, every value HTML-escaped, with the legacy-grid markup the
// content script may meet (`table.grid`, `tr.Display`, a `.Pager`, API.md §5 DOM row).
// The sandbox has no UI login: every page renders for any request, with or without a session.
import { html } from './http';
import { labelForValue } from './picklists';
import type { Db, Row, Tenant } from './store';
import { zoneOfHost } from './zones';

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const money = (value: unknown) =>
  typeof value === 'number' ? value.toLocaleString('en-US', { style: 'currency', currency: 'USD' }) : '';

function page(title: string, body: string, status = 200): Response {
  return html(
    `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - Autotask</title>
<style>body{font-family:Arial,sans-serif;font-size:13px;margin:0}.PageHeader{background:#376597;color:#fff;padding:8px 12px}
.PageHeader h1{font-size:18px;margin:0}.Section{padding:8px 12px}.FieldTable td{padding:2px 8px 2px 0}
.Label{color:#666}table.grid{border-collapse:collapse;margin:8px 12px}table.grid th,table.grid td{border:1px solid #ccc;padding:4px 8px}
iframe{border:0;width:100%;height:600px}</style></head>
<body>${body}</body></html>`,
    status,
  );
}

function param(url: URL, name: string): number | undefined {
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === name.toLowerCase() && /^\d+$/.test(value)) return Number(value);
  }
  return undefined;
}

/** The tenant on this UI host's zone that holds the row. */
function findRow(db: Db, zone: number, table: 'PurchaseOrders' | 'Products', id: number | undefined) {
  if (id === undefined) return undefined;
  for (const tenant of db.tenants.values()) {
    const row = tenant.zone === zone ? tenant.tables[table].get(id) : undefined;
    if (row) return { tenant, row };
  }
  return undefined;
}

const notFoundPage = () =>
  page('Not Found', '<div class="Section"><h1>The page or record was not found.</h1></div>', 404);

const fields = (pairs: [string, string][]) =>
  `<div class="Section"><table class="FieldTable">${pairs
    .map(([label, value]) => `<tr><td class="Label">${esc(label)}</td><td class="Value">${value}</td></tr>`)
    .join('')}</table></div>`;

/** SKU shown on a PO line: the vendor's part number (the TD SYNNEX SKU) or else the product sku. */
function lineSku(tenant: Tenant, po: Row, product: Row | undefined): unknown {
  if (!product) return '';
  const vendorRow = [...tenant.tables.ProductVendors.values()].find(
    (v) => v.productID === product.id && v.vendorID === po.vendorID && v.vendorPartNumber,
  );
  return vendorRow?.vendorPartNumber ?? product.sku;
}

function purchaseOrderDetail(tenant: Tenant, po: Row): Response {
  const vendor = tenant.tables.Companies.get(po.vendorID as number);
  const forCompany = tenant.tables.Companies.get(po.purchaseForCompanyID as number);
  const status = labelForValue(tenant.picklists, 'PurchaseOrders.status', po.status);
  const shipTo = [
    po.shipToName,
    po.shipToAddress1,
    po.shipToAddress2,
    [po.shipToCity, po.shipToState, po.shipToPostalCode].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .map(esc)
    .join('<br>');
  const lines = [...tenant.tables.PurchaseOrderItems.values()]
    .filter((i) => i.orderID === po.id)
    .sort((a, b) => a.id - b.id)
    .map((item) => {
      const product = tenant.tables.Products.get(item.productID as number);
      return `<tr class="Display"><td>${esc(lineSku(tenant, po, product))}</td><td>${esc(product?.name)}</td><td>${esc(item.quantity)}</td><td>${esc(money(item.unitCost))}</td></tr>`;
    })
    .join('\n');
  const number = po.purchaseOrderNumber ?? po.id;
  return page(
    `Purchase Order ${String(number)}`,
    `<div id="PageHeader" class="PageHeader"><h1>Purchase Order ${esc(number)}</h1></div>
${fields([
  ['Vendor', esc(vendor?.companyName)],
  ['Status', esc(status)],
  ['Purchase For', esc(forCompany?.companyName)],
  ['Ship To', shipTo],
  ['External PO Number', esc(po.externalPONumber)],
  ['Memo', esc(po.generalMemo)],
])}
<table class="grid" id="PurchaseOrderItemsGrid">
<thead><tr class="HeaderRow"><th>SKU</th><th>Description</th><th>Quantity</th><th>Unit Cost</th></tr></thead>
<tbody>
${lines}
</tbody></table>
<div class="Pager">Page size <select id="ctl00_PurchaseOrderItems_PageSizeDropDownList"><option>50</option><option>100</option></select></div>`,
  );
}

function purchaseOrderFrame(po: Row): Response {
  const number = po.purchaseOrderNumber ?? po.id;
  return page(
    `Purchase Order ${String(number)}`,
    `<div class="PageHeader"><h1>Inventory</h1><span>Purchase Orders</span></div>
<iframe id="PurchaseOrderDetailFrame" title="Purchase order detail"
  src="/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=${esc(po.id)}"></iframe>`,
  );
}

function productDetail(tenant: Tenant, product: Row): Response {
  const category = labelForValue(tenant.picklists, 'Products.productCategory', product.productCategory);
  const vendors = [...tenant.tables.ProductVendors.values()]
    .filter((v) => v.productID === product.id)
    .map((v) => {
      const company = tenant.tables.Companies.get(v.vendorID as number);
      return `<tr class="Display"><td>${esc(company?.companyName)}</td><td>${esc(v.vendorPartNumber)}</td><td>${esc(money(v.vendorCost))}</td></tr>`;
    })
    .join('\n');
  return page(
    `Product ${String(product.name)}`,
    `<div id="PageHeader" class="PageHeader"><h1>Product ${esc(product.name)}</h1></div>
${fields([
  ['SKU', esc(product.sku)],
  ['Manufacturer', esc(product.manufacturerName)],
  ['Manufacturer Product Number', esc(product.manufacturerProductName)],
  ['Category', esc(category)],
  ['Unit Cost', esc(money(product.unitCost))],
  ['Unit Price', esc(money(product.unitPrice))],
  ['Active', product.isActive ? 'Yes' : 'No'],
])}
<table class="grid" id="ProductVendorsGrid">
<thead><tr class="HeaderRow"><th>Vendor</th><th>Vendor Part Number</th><th>Vendor Cost</th></tr></thead>
<tbody>
${vendors}
</tbody></table>`,
  );
}

/** A host page the recogniser must leave exactly as it is: no PO, no product, no SKU. */
const dashboard = () =>
  page(
    'Home',
    `<div class="PageHeader"><h1>Home</h1></div>
<table class="grid"><thead><tr class="HeaderRow"><th>Ticket</th><th>Title</th><th>Status</th></tr></thead>
<tbody><tr class="Display"><td>T20251120.0004</td><td>Printer offline in reception</td><td>New</td></tr>
<tr class="Display"><td>T20251121.0011</td><td>Onboard new hire</td><td>In Progress</td></tr></tbody></table>`,
  );

const login = () =>
  page(
    'Login',
    `<div class="PageHeader"><h1>Autotask</h1></div><div class="Section"><form method="post" action="/Login.aspx">
<label>Username <input name="username" type="text"></label> <label>Password <input name="password" type="password"></label>
<button type="submit">Log In</button></form></div>`,
  );

export function handlePage(url: URL, db: Db): Response {
  const zone = zoneOfHost(url.hostname, 'web');
  if (zone === undefined) return notFoundPage();
  const path = url.pathname.toLowerCase();
  if (
    path === '/mvc/inventory/purchaseorderdetail.mvc' ||
    path === '/autotask/popups/inventory/purchaseorderframe.aspx'
  ) {
    const found = findRow(db, zone, 'PurchaseOrders', param(url, 'purchaseOrderID'));
    if (!found) return notFoundPage();
    return path.endsWith('.mvc')
      ? purchaseOrderDetail(found.tenant, found.row)
      : purchaseOrderFrame(found.row);
  }
  if (path === '/mvc/inventory/productdetail.mvc') {
    const found = findRow(db, zone, 'Products', param(url, 'productID'));
    return found ? productDetail(found.tenant, found.row) : notFoundPage();
  }
  if (path === '/mvc/home/dashboard.mvc' || path === '/') return dashboard();
  if (path === '/login.aspx') return login();
  return notFoundPage();
}
