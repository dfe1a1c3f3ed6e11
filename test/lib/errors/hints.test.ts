// One case per catalogue entry, each built from a recorded or realistic service answer passed
// through the real classifiers (Autotask `{"errors":[…]}` bodies, TD SYNNEX errorDetail texts).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors/app-error';
import type { AppErrorData } from '../../../lib/errors/app-error';
import { classifyThrown } from '../../../lib/errors/classify';
import { HINTS, HINT_CODES, hintById, hintFor } from '../../../lib/hints/hints';
import { classifyAutotask } from '../../../lib/autotask/classify';
import { classifyTdSynnexResponse } from '../../../lib/distributor/tdsynnex/classify';
import { errorDetailError, malformed } from '../../../lib/distributor/tdsynnex/errors';
import type { ExchangeContext } from '../../../lib/distributor/tdsynnex/errors';
import { storageFullError } from '../../../lib/errors/storage-error';
import { productSyncOff } from '../../../lib/products/product-page';
import { orderStatusOff } from '../../../lib/order-status/refresh';
import { templateOff } from '../../../lib/sync/scheduler';

const PA_URL = 'https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability';
const PRODUCTS_URL = 'https://webservices22.autotask.net/atservicesrest/v1.0/Products/query';

function autotask(status: number, body: string, headers: Record<string, string> = {}): AppErrorData {
  const error = classifyAutotask(
    { status, text: body, headers: new Headers(headers), url: PRODUCTS_URL },
    { service: 'autotask', method: 'POST', url: PRODUCTS_URL, intent: 'read', operation: 'Products.query' },
  );
  if (!error) throw new Error(`classifyAutotask accepted HTTP ${status}`);
  return error;
}

function tdsynnex(operation: string, details: string[]): AppErrorData {
  const ctx: ExchangeContext = {
    operation,
    status: 200,
    intent: operation === 'OrderSubmit' ? 'write' : 'read',
    request: { method: 'POST', url: 'https://ec.us.tdsynnex.com/SynnexXML/PO', operation },
    scrub: (t) => t,
  };
  return errorDetailError(ctx, details);
}

const TDS_REF = { id: 'tdsynnex', label: 'TD SYNNEX' };

const ours = (
  code: string,
  message: string,
  service: AppErrorData['service'] = 'extension',
): AppErrorData => ({
  kind: 'validation',
  service,
  // Errors of a distributor name it (registry id).
  ...(service === 'distributor' ? { distributor: TDS_REF.id } : {}),
  status: 0,
  code,
  message,
});

const cases: [id: string, example: string, error: AppErrorData][] = [
  ['autotask-unauthorized', 'Autotask 401 with an empty body', autotask(401, '')],
  ['autotask-forbidden', 'Autotask 403 (opaque body)', autotask(403, '{"errors":["Forbidden"]}')],
  [
    'autotask-forbidden',
    'Connect found a missing entity permission',
    ours(HINT_CODES.missingAccess, 'PurchaseOrders: update'),
  ],
  [
    'invalid-sku',
    'TD SYNNEX errorDetail for an unknown SKU on submit',
    tdsynnex('OrderSubmit', ['Line 2: SKU 9999999 not found']),
  ],
  [
    'invalid-sku',
    'the pre-submit check found a Not found item',
    ours(HINT_CODES.invalidSku, 'SKU 9999999: Not found', 'distributor'),
  ],
  [
    'partial-shipments-not-updating',
    'status run with no mapping row for partial shipments',
    ours(HINT_CODES.statusMappingMissing, 'No Autotask status is mapped for "Partially shipped".'),
  ],
  [
    'no-orders-created',
    'Create Orders found POs for the vendor, none in the trigger status',
    ours(HINT_CODES.noEligibleOrders, '3 purchase orders for TD SYNNEX are not in status "Submitted".'),
  ],
  [
    'autotask-hidden-records',
    'a PO the security level hides: {"item": null} read as not found',
    {
      kind: 'not-found',
      service: 'autotask',
      status: 200,
      message: 'Purchase order 1042 was not found in Autotask, or this API user cannot see it.',
    },
  ],
  [
    'autotask-not-connected',
    'a call after a deliberate Disconnect of Autotask',
    { ...ours(HINT_CODES.notConnected, 'Autotask is not connected.', 'autotask'), kind: 'auth' },
  ],
  [
    'distributor-not-connected',
    'a call after a deliberate Disconnect of TD SYNNEX',
    { ...ours(HINT_CODES.notConnected, 'TD SYNNEX is not connected.', 'distributor'), kind: 'auth' },
  ],
  [
    'distributor-unavailable',
    'TD SYNNEX 503 during maintenance',
    classifyTdSynnexResponse(
      {
        status: 503,
        text: '<html><body>503 Server Error</body></html>',
        headers: new Headers(),
        url: PA_URL,
      },
      {
        service: 'distributor',
        distributor: TDS_REF,
        method: 'POST',
        url: PA_URL,
        intent: 'read',
        operation: 'PriceAvailability',
      },
    )!,
  ],
  [
    'distributor-unavailable',
    'TD SYNNEX 200 with its maintenance page',
    classifyTdSynnexResponse(
      {
        status: 200,
        text: '<!DOCTYPE html><html><head><title>Scheduled Maintenance</title></head></html>',
        headers: new Headers({ 'content-type': 'text/html' }),
        url: PA_URL,
      },
      {
        service: 'distributor',
        distributor: TDS_REF,
        method: 'POST',
        url: PA_URL,
        intent: 'read',
        operation: 'PriceAvailability',
      },
    )!,
  ],
  [
    'background-stopped',
    'the service worker stopped while a request was handled (sendMessage rejected)',
    {
      kind: 'server',
      service: 'extension',
      status: 0,
      code: 'background-unavailable',
      message: 'The extension’s background did not answer; reload the page and try again.',
    },
  ],
  [
    'autotask-thread-limit',
    'Itgenatr005 with a non-429 status',
    autotask(500, '{"errors":["Thread threshold exceeded for this integration and entity. (Itgenatr005)"]}'),
  ],
  [
    'autotask-threshold',
    'Autotask 429 with Retry-After',
    autotask(429, '{"errors":["Request threshold exceeded. Try again later."]}', { 'Retry-After': '300' }),
  ],
  [
    'api-budget',
    "the extension's hourly allowance is spent",
    {
      kind: 'throttled',
      service: 'autotask',
      status: 0,
      code: 'budget',
      message: 'This extension has used its Autotask allowance of 2000 calls this hour.',
      retryAfterMs: 600_000,
    },
  ],
  [
    'autotask-zone-unknown',
    'zoneInformation for an unknown user (500 + errors[])',
    autotask(500, '{"errors":["Zone information could not be determined"]}'),
  ],
  [
    'autotask-cannot-read-costs',
    'Connect sampled products with blank costs',
    ours(HINT_CODES.cannotReadCosts, 'The API user cannot read costs.', 'autotask'),
  ],
  [
    'autotask-rule-violation',
    'a business rule broken (500 + errors[])',
    autotask(
      500,
      '{"errors":["Purchase Order Items can only be created while the Purchase Order status is New."]}',
    ),
  ],
  [
    'autotask-tenant-mismatch',
    'Reconnect with an API user of another tenant',
    {
      kind: 'conflict',
      service: 'autotask',
      status: 0,
      code: 'tenant-mismatch',
      message: 'Tenant 777001 is not 684213.',
    },
  ],
  [
    'tdsynnex-login',
    'errorDetail for a wrong password',
    tdsynnex('PriceAvailability', ['Login failed. Invalid user name or password.']),
  ],
  [
    'tdsynnex-no-access',
    'errorDetail for an account without XML access',
    tdsynnex('PriceAvailability', ['Customer 123456 is not enabled for XML ordering.']),
  ],
  [
    'out-of-stock',
    'a rejected line for lack of stock',
    tdsynnex('OrderSubmit', ['Line 1: insufficient inventory, backorder not allowed']),
  ],
  [
    'price-drift',
    'the pre-submit check saw a 7 % price change',
    ours(HINT_CODES.priceDrift, 'SKU 5432101: TD SYNNEX price 1116.19, Autotask cost 1043.17 (+7.0 %).'),
  ],
  [
    'discontinued',
    'a price & availability status of Discontinued',
    ours(HINT_CODES.discontinued, 'SKU 5432103 is Discontinued.', 'distributor'),
  ],
  [
    'category-not-mapped',
    'product sync met an unmapped category',
    ours(HINT_CODES.categoryNotMapped, 'Category "Notebooks" is not mapped.'),
  ],
  [
    'order-outcome-unknown',
    'the order submit timed out',
    classifyThrown(new DOMException('signal timed out', 'TimeoutError'), 'distributor', {
      distributor: TDS_REF,
      method: 'POST',
      url: 'https://ec.us.tdsynnex.com/SynnexXML/PO',
      operation: 'OrderSubmit',
      intent: 'write',
    }),
  ],
  [
    'duplicate-po',
    'the distributor refused a PO number already used',
    {
      ...ours('order-rejected', 'TD SYNNEX rejected the order.', 'distributor'),
      apiErrors: ['Duplicate PO number AT684213-1042'],
    },
  ],
  [
    'order-rejected',
    'the distributor rejected the whole order',
    {
      ...ours(HINT_CODES.orderRejected, 'TD SYNNEX rejected the order.', 'distributor'),
      apiErrors: ['Ship-to state is required'],
    },
  ],
  [
    'order-on-hold',
    'a status run found the order on hold',
    ours(HINT_CODES.orderOnHold, 'TD SYNNEX order 40981234 is on hold: Credit review.', 'distributor'),
  ],
  [
    'network',
    'fetch failed for a read',
    classifyThrown(new TypeError('Failed to fetch'), 'autotask', {
      method: 'POST',
      url: PRODUCTS_URL,
      intent: 'read',
    }),
  ],
  [
    'service-error',
    'Autotask 503 with an HTML body',
    autotask(503, '<html><body>Service Unavailable</body></html>'),
  ],
  [
    'malformed-response',
    'Autotask answered 200 with a login page',
    autotask(200, '<!DOCTYPE html><html><body>Sign in</body></html>'),
  ],
  [
    'malformed-response',
    'TD SYNNEX price with a non-numeric value',
    malformed(
      {
        operation: 'PriceAvailability',
        status: 200,
        intent: 'read',
        request: { method: 'POST', url: 'https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability' },
        scrub: (t) => t,
      },
      'price',
      '"N/A" is not a number',
    ),
  ],
  [
    'storage-full',
    'IndexedDB QuotaExceededError',
    storageFullError(new DOMException('full', 'QuotaExceededError')),
  ],
  ['product-sync-off', 'Sync now with Product Sync switched off (issue 11 §1)', productSyncOff()],
  ['order-status-off', 'Refresh status with Get Order Status switched off', orderStatusOff()],
  ['template-off', 'Run now of a template that is switched off', templateOff({ name: 'Create Orders' })],
  [
    'sidebar-rate-limited',
    'the router refusing a flooding tab’s sidebar messages',
    {
      kind: 'throttled',
      service: 'extension',
      status: 0,
      code: HINT_CODES.rateLimited,
      message: 'Too many requests from this page. Wait a minute and try again.',
    },
  ],
  // Ingram Micro's own hints: its adapter and classifier arrive from another branch, so these are
  // the errors as its registry entry's signatures describe them (service 'distributor', id 'ingram').
  [
    'ingram-token-refused',
    'Ingram Micro refusing the OAuth client credentials',
    { kind: 'auth', service: 'distributor', distributor: 'ingram', status: 401, message: 'Token refused.' },
  ],
  [
    'ingram-invalid-customer',
    'Ingram Micro answering "Invalid customer number"',
    {
      kind: 'validation',
      service: 'distributor',
      distributor: 'ingram',
      status: 400,
      message: 'Ingram Micro refused the request.',
      apiErrors: ['Invalid customer number'],
    },
  ],
  [
    'ingram-not-authorized',
    'an account not authorised to purchase through the API',
    {
      kind: 'permission',
      service: 'distributor',
      distributor: 'ingram',
      status: 403,
      message: 'Ingram Micro refused the order.',
      apiErrors: ['Customer is not authorized to purchase'],
    },
  ],
  [
    'ingram-net-terms',
    'an order refused for credit',
    {
      kind: 'validation',
      service: 'distributor',
      distributor: 'ingram',
      status: 400,
      code: 'credit-required',
      message: 'Ingram Micro refused the order.',
    },
  ],
  // Issue 13 §2: the team runner (lib/runner-client/client.test.ts gets these from a real runner API).
  [
    'runner-unreachable',
    'a runner that did not answer',
    {
      kind: 'network',
      service: 'extension',
      status: 0,
      code: 'runner-unreachable',
      message: 'The team runner at https://runner.example did not answer.',
    },
  ],
  [
    'runner-token-refused',
    'the runner answering 401 {"error":{"code":"unauthorized"}}',
    {
      kind: 'auth',
      service: 'extension',
      status: 401,
      code: 'runner-token-refused',
      message: 'The team runner refused the token.',
    },
  ],
  [
    'runner-not-https',
    'an http:// runner address off this machine',
    {
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: 'runner-not-https',
      field: 'url',
      message: 'The runner’s address must start with https://.',
    },
  ],
  [
    'runner-access-refused',
    'the person saying no to the host permission prompt',
    {
      kind: 'permission',
      service: 'extension',
      status: 0,
      code: 'runner-access-refused',
      message: 'Access was not allowed.',
    },
  ],
  [
    'runner-origin-refused',
    'the runner answering 403 {"error":{"code":"origin-not-allowed"}}',
    {
      kind: 'permission',
      service: 'extension',
      status: 403,
      code: 'runner-origin-refused',
      message: 'The team runner does not accept requests from this extension.',
    },
  ],
  [
    'runner-not-connected',
    'the runner’s log asked for with no runner connected',
    {
      kind: 'validation',
      service: 'extension',
      status: 0,
      code: 'runner-not-connected',
      message: 'No team runner is connected.',
    },
  ],
  [
    'unexpected-error',
    'an error no signature knows',
    { kind: 'conflict', service: 'extension', status: 0, message: '?' },
  ],
];

describe('the hint catalogue', () => {
  it.each(cases)('gives "%s" for %s', (id, _example, error) => {
    expect(hintFor(error).id).toBe(id);
  });

  it('has a case above for every entry', () => {
    const covered = new Set(cases.map(([id]) => id));
    expect(HINTS.map((h) => h.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('starts with the support article’s five cases, each with a title, cause, resolution and help anchor', () => {
    expect(HINTS.slice(0, 5).map((h) => h.id)).toEqual([
      'autotask-unauthorized',
      'autotask-forbidden',
      'invalid-sku',
      'partial-shipments-not-updating',
      'no-orders-created',
    ]);
    for (const hint of HINTS) {
      expect(hint.title.length).toBeGreaterThan(5);
      expect(hint.cause.length).toBeGreaterThan(20);
      expect(hint.resolution.length).toBeGreaterThan(20);
      expect(hint.helpAnchor).toBe(`help.html#${hint.id}`);
    }
    expect(new Set(HINTS.map((h) => h.id)).size).toBe(HINTS.length);
  });

  it('offers the action each support case needs', () => {
    expect(hintById('autotask-unauthorized')?.action).toEqual({
      id: 'reconnect-autotask',
      label: 'Reconnect Autotask',
    });
    expect(hintById('invalid-sku')?.action?.id).toBe('run-product-sync');
    expect(hintById('partial-shipments-not-updating')?.action?.id).toBe('open-status-mapping');
    expect(hintById('no-orders-created')?.action?.id).toBe('open-template-settings');
    expect(hintById('tdsynnex-login')?.action).toMatchObject({
      id: 'reconnect-distributor',
      distributor: 'tdsynnex',
    });
    expect(hintById('distributor-not-connected')?.action?.id).toBe('connect-distributor');
  });

  it('returns the entry a log entry names by hintId, and the fallback for an unknown id', () => {
    expect(hintFor({ hintId: 'partial-shipments-not-updating' }).title).toBe(
      'Partial shipments not updating',
    );
    expect(hintFor({ hintId: 'no-such-hint' }).id).toBe('unexpected-error');
  });

  it('reads an error after a message round-trip (plain JSON, no prototype)', () => {
    const wire = JSON.parse(JSON.stringify(autotask(401, ''))) as unknown;
    expect(hintFor(wire).id).toBe('autotask-unauthorized');
    expect(hintFor(new AppError(ours(HINT_CODES.invalidSku, 'x'))).id).toBe('invalid-sku');
  });

  it('gives the fallback for something that is not an error at all', () => {
    expect(hintFor(new TypeError('undefined is not a function')).id).toBe('unexpected-error');
    expect(hintFor(undefined).id).toBe('unexpected-error');
  });
});

describe('a hint names the distributor it is about', () => {
  it('fills {distributor} with the label of the distributor an error came from', () => {
    const hint = hintFor(ours(HINT_CODES.notConnected, 'x', 'distributor'));
    expect(hint.id).toBe('distributor-not-connected');
    expect(hint.title).toMatch(/^TD SYNNEX /);
    expect(hint.action).toMatchObject({ id: 'connect-distributor', distributor: 'tdsynnex' });
    for (const text of [hint.title, hint.cause, hint.resolution, hint.action!.label]) {
      expect(text).not.toContain('{distributor}');
    }
  });

  it('fills a log entry’s hint with the entry’s distributor', () => {
    const hint = hintFor({ hintId: 'invalid-sku', distributor: 'tdsynnex' });
    expect(hint.cause).toMatch(/^TD SYNNEX does not know the SKU/);
  });

  it('says "the distributor" when none is known, capitalised at the start of a sentence', () => {
    const hint = hintById('invalid-sku')!;
    expect(hint.cause).toMatch(/^The distributor does not know the SKU/);
    expect(hint.cause).toContain('synced from the distributor');
    expect(hintById('distributor-not-connected')!.action).not.toHaveProperty('distributor');
  });
});
