import { describe, expect, it } from 'vitest';
import { demoSim } from './test-helpers';

const WEB = 'https://ww22.autotask.net';

async function open(sim: ReturnType<typeof demoSim>, path: string) {
  const res = await sim.fetch(new Request(`${WEB}${path}`));
  expect(res.headers.get('content-type')).toContain('text/html');
  const text = await res.text();
  return { status: res.status, text, doc: new DOMParser().parseFromString(text, 'text/html') };
}

const cells = (doc: Document) =>
  [...doc.querySelectorAll('table.grid tr.Display')].map((row) =>
    [...row.querySelectorAll('td')].map((td) => td.textContent),
  );

describe('stand-in purchase order page', () => {
  it('shows the PO header, fields and line grid from the simulator data', async () => {
    const { status, doc } = await open(
      demoSim(),
      '/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042',
    );
    expect(status).toBe(200);
    expect(doc.querySelector('h1')?.textContent).toBe('Purchase Order PO-1042');
    const text = doc.body.textContent ?? '';
    expect(text).toContain('TD SYNNEX Corporation');
    expect(text).toContain('Smith & Sons <HQ>');
    expect(text).toContain('New');
    expect(cells(doc)).toEqual([
      ['5432101', 'ThinkPad T14 Gen 4', '2', '$1,043.17'],
      ['5432102', 'HP EliteBook 840 G10', '2', '$1,099.00'],
      ['5432103', 'Cisco Catalyst 1000 24-port PoE+ Switch', '1', '$1,389.00'],
    ]);
  });

  it('shows the product sku when the PO vendor has no part number for the product', async () => {
    const { doc } = await open(demoSim(), '/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1046');
    expect(cells(doc)[0]?.[0]).toBe('IM-CFQ7TTC0LCHC');
    const sim = demoSim();
    await sim.fetch(
      new Request('https://webservices22.autotask.net/atservicesrest/V1.0/PurchaseOrders/1042/Items', {
        method: 'POST',
        headers: {
          ApiIntegrationCode: 'DEMOINTEGRATIONCODE0000000001',
          UserName: 'api@contoso-msp.example',
          Secret: 'demo-secret-1',
        },
        body: JSON.stringify({ productID: 93, quantity: 1, inventoryLocationID: 101 }),
      }),
    );
    const after = await open(sim, '/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042');
    expect(cells(after.doc)[3]?.[0]).toBe('AC-CAT6-3FT-10');
  });

  it('escapes hostile strings in every value', async () => {
    const sim = demoSim();
    sim.db.update(684213, 'PurchaseOrders', 1042, {
      shipToName: '"><img src=x onerror=alert(1)>',
      generalMemo: "<script>alert('x')</script>",
    });
    sim.db.update(684213, 'Products', 71, { name: '</td></tr><tr class="Display"><td>EVIL' });
    sim.db.update(684213, 'Companies', 29683001, { companyName: '<b>TD</b> & Co' });
    const { text, doc } = await open(sim, '/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042');
    expect(doc.querySelector('img, script, b')).toBeNull();
    expect(cells(doc)).toHaveLength(3);
    expect(cells(doc)[0]?.[1]).toBe('</td></tr><tr class="Display"><td>EVIL');
    expect(doc.body.textContent).toContain('"><img src=x onerror=alert(1)>');
    expect(doc.body.textContent).toContain('<b>TD</b> & Co');
    expect(text).not.toContain('<script>alert');
  });

  it('has an iframe variant whose frame loads the detail page', async () => {
    const sim = demoSim();
    const { doc } = await open(
      sim,
      '/Autotask/Popups/Inventory/PurchaseOrderFrame.aspx?purchaseOrderID=1042',
    );
    const src = doc.querySelector('iframe')?.getAttribute('src');
    expect(src).toBe('/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042');
    const inner = await open(sim, src!);
    expect(inner.doc.querySelector('h1')?.textContent).toBe('Purchase Order PO-1042');
  });

  it('answers 404 for a PO that does not exist, or lives on another zone', async () => {
    expect((await open(demoSim(), '/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=99')).status).toBe(
      404,
    );
    const sim = demoSim();
    sim.moveTenant(684213, 28);
    expect((await open(sim, '/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042')).status).toBe(404);
    const moved = await sim.fetch(
      new Request('https://ww28.autotask.net/Mvc/Inventory/PurchaseOrderDetail.mvc?purchaseOrderID=1042'),
    );
    expect(moved.status).toBe(200);
  });
});

describe('other stand-in pages', () => {
  it('shows a product page with its vendors', async () => {
    const { doc } = await open(demoSim(), '/Mvc/Inventory/ProductDetail.mvc?productID=77');
    expect(doc.querySelector('h1')?.textContent).toBe('Product ThinkCentre M70q Gen 4 Tiny');
    expect(cells(doc)).toEqual([['TD SYNNEX Corporation', '5432107', '$739.50']]);
  });

  it('serves a dashboard that names no purchase order, product or SKU', async () => {
    const { status, text } = await open(demoSim(), '/Mvc/Home/Dashboard.mvc');
    expect(status).toBe(200);
    expect(text).not.toMatch(/purchase order|product|54321/i);
  });

  it('serves a login page without asking for a session', async () => {
    const { doc } = await open(demoSim(), '/Login.aspx');
    expect(doc.querySelector('input[type=password]')).not.toBeNull();
  });
});
