// Issue 7 §3 fixes in the Autotask client, one test each (the full generated corpus is
// test/security/answers): answers that are not Autotask's are refused naming endpoint and field.
import { describe, expect, it } from 'vitest';
import { everything } from '../../../lib/autotask/query';
import { productSchema, purchaseOrderItemSchema } from '../../../lib/autotask/schemas';
import { clientFor, demo, failure, rewriting } from './harness';

/** Serves the simulator's answers with the body text and content type replaced for one path. */
function replacing(path: RegExp, edit: (text: string) => { text: string; type?: string }) {
  const sim = demo();
  return async (req: Request) => {
    const res = await sim.fetch(req);
    if (!path.test(new URL(req.url).pathname)) return res;
    const { text, type } = edit(await res.text());
    return new Response(text, {
      status: res.status,
      headers: { 'content-type': type ?? 'application/json' },
    });
  };
}

const products = (fetch: (req: Request) => Promise<Response>) =>
  clientFor(fetch).queryAll('Products', { filter: [everything()] }, productSchema);

describe('the Autotask client refuses answers that are not Autotask’s', () => {
  it('refuses a JSON body sent with another content type', async () => {
    const error = await failure(
      products(replacing(/Products\/query$/, (text) => ({ text, type: 'text/plain' }))),
    );
    expect(error).toMatchObject({ kind: 'malformed-response', field: '(body)' });
    expect(error.message).toContain('POST Products/query');
  });

  it('refuses a body over 5 MB before parsing it', async () => {
    const big = (text: string) => ({
      text: text.replace('"items":[', `"pad":"${'x'.repeat(5_000_001)}","items":[`),
    });
    expect(await failure(products(replacing(/Products\/query$/, big)))).toMatchObject({ field: '(body)' });
  });

  it('refuses an own __proto__ key, naming where it is', async () => {
    const proto = (text: string) => ({ text: text.replace('{"id":', '{"__proto__":{"isAdmin":true},"id":') });
    const error = await failure(products(replacing(/Products\/query$/, proto)));
    expect(error).toMatchObject({ kind: 'malformed-response', field: 'items[0].__proto__' });
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });

  it('refuses a body nested deeper than any real answer', async () => {
    const deep = (text: string) => ({
      text: text.replace('{"id":', `{"x":${'['.repeat(40)}${']'.repeat(40)},"id":`),
    });
    const error = await failure(products(replacing(/Products\/query$/, deep)));
    expect(error.field).toMatch(/^items\[0\]\.x/);
  });

  it('refuses the same id twice in one query', async () => {
    const sim = demo();
    const twice = rewriting(sim.fetch, (body, req) => {
      if (!req.url.endsWith('/Products/query')) return body;
      const page = body as { items: { id: number }[] };
      page.items[1]!.id = page.items[0]!.id;
      return page;
    });
    expect(await failure(products(twice))).toMatchObject({
      kind: 'malformed-response',
      field: 'items[1].id',
    });
  });

  it('refuses negative prices and PO lines of zero units', () => {
    expect(productSchema.safeParse({ id: 1, name: 'x', unitCost: -0.01 }).success).toBe(false);
    expect(purchaseOrderItemSchema.safeParse({ id: 1, orderID: 2, quantity: 0 }).success).toBe(false);
    expect(purchaseOrderItemSchema.safeParse({ id: 1, orderID: 2, quantity: 1, unitCost: 0 }).success).toBe(
      true,
    );
  });

  it('names the endpoint when an HTML page comes back with 200', async () => {
    const html = () => ({ text: '<!DOCTYPE html><html><body>Login</body></html>', type: 'text/html' });
    const error = await failure(products(replacing(/Products\/query$/, html)));
    expect(error).toMatchObject({ kind: 'malformed-response', field: '(body)' });
    expect(error.message).toContain('POST Products/query');
  });

  it('reads a product named like the thread-limit code as data, not as throttling', async () => {
    const named = (text: string) => ({ text: text.replace(/"name":"[^"]*"/, '"name":"Itgenatr005"') });
    const rows = await products(replacing(/Products\/query$/, named));
    expect(rows.some((row) => row.name === 'Itgenatr005')).toBe(true);
  });
});
