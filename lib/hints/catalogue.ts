// The hint catalogue (issue 2 §4 "Errors → hints"), as data. The first five entries are the
// support article's cases; the help page renders this table in this order. Codes named here are
// the `code`s our own code sets (HINT_CODES) or that the classifiers already produce
// (lib/autotask/classify.ts, lib/autotask/budget.ts, lib/distributor/<id>/, whose own hints join these).
import type { HintAction, HintActionId, HintEntry } from '../errors/hint-types';

/** Codes for conditions our own code detects (not HTTP replies); set them on AppErrorData.code. */
export const HINT_CODES = {
  invalidSku: 'invalid-sku',
  statusMappingMissing: 'status-mapping-missing',
  noEligibleOrders: 'no-eligible-orders',
  missingAccess: 'missing-access',
  noResults: 'no-results',
  cannotReadCosts: 'cannot-read-costs',
  outOfStock: 'out-of-stock',
  priceDrift: 'price-drift',
  discontinued: 'discontinued',
  categoryNotMapped: 'category-not-mapped',
  orderRejected: 'order-rejected',
  duplicatePo: 'duplicate-po',
  orderOnHold: 'order-on-hold',
  notConnected: 'not-connected',
  hiddenRecords: 'hidden-records',
  productSyncOff: 'product-sync-off',
  orderStatusOff: 'order-status-off',
  templateOff: 'template-off',
  rateLimited: 'rate-limited',
  // The team runner (issue 13 §2), set by lib/runner-client.
  runnerUnreachable: 'runner-unreachable',
  runnerTokenRefused: 'runner-token-refused',
  runnerNotHttps: 'runner-not-https',
  runnerInvalidUrl: 'runner-invalid-url',
  runnerAccessRefused: 'runner-access-refused',
  runnerOriginRefused: 'runner-origin-refused',
  runnerNotConnected: 'runner-not-connected',
} as const;

const ACTION_LABELS: Record<HintActionId, string> = {
  'reconnect-autotask': 'Reconnect Autotask',
  'reconnect-distributor': 'Reconnect {distributor}',
  'connect-autotask': 'Connect in Options',
  'connect-distributor': 'Connect in Options',
  'run-product-sync': 'Run Product Sync',
  'open-template-settings': 'Open template settings',
  'open-status-mapping': 'Open the status mapping',
  'open-help': 'Open help',
};
const action = (id: HintActionId): HintAction => ({ id, label: ACTION_LABELS[id] });
/** `Open template settings` landing on one template's section (issue 10 §1). */
const templateSettings = (template: string): HintAction => ({
  ...action('open-template-settings'),
  template,
});
const code = (c: string): RegExp => new RegExp(`^${c}$`, 'i');

export const HINT_ENTRIES: readonly HintEntry[] = [
  {
    id: 'autotask-unauthorized',
    title: 'Autotask rejected the API credentials (401 Unauthorized)',
    cause:
      'The API user name, secret or integration code (API tracking identifier) is wrong, the secret was changed, or the resource is inactive, locked or not an API-only user (license "API User (system)").',
    resolution:
      'In Autotask, open the API user (Admin › Resources/Users), check it is active with security level "API User (API-only)" or a copy of it, generate a new secret if needed, then Reconnect here with the new secret.',
    action: action('reconnect-autotask'),
    match: [
      { service: 'autotask', status: 401 },
      { service: 'autotask', kind: 'auth' },
    ],
  },
  {
    id: 'autotask-forbidden',
    title: 'Autotask denied access (403 Forbidden) or returned no results',
    cause:
      "The API user's security level lacks permission for an entity the extension needs (Products, Purchase Orders, Inventory…), or a restricted level or line-of-business access hides the records: Autotask then returns no rows rather than an error.",
    resolution:
      'Give the API user\'s security level (a copy of "API User (API-only)") access to Inventory, Products, Purchase Orders, Receiving and Companies; if your tenant uses lines of business, grant the API user access to all of them (or to those of your purchase orders). Then Reconnect: it re-checks access and lists anything still missing.',
    action: action('reconnect-autotask'),
    match: [
      { service: 'autotask', status: 403 },
      { service: 'autotask', kind: 'permission' },
      { code: code(`${HINT_CODES.missingAccess}|${HINT_CODES.noResults}`) },
    ],
  },
  {
    id: 'invalid-sku',
    title: 'Invalid SKU during order submission',
    cause:
      '{distributor} does not know the SKU on this line: the product was never synced from {distributor} (its vendor part number is missing or typed by hand), or the category mapping put it under the wrong item.',
    resolution:
      'Run Product Sync so the product carries its SKU at {distributor}, check the category mapping in the Product Sync template, then check the purchase order again.',
    action: action('run-product-sync'),
    match: [
      { code: code(HINT_CODES.invalidSku) },
      {
        service: 'distributor',
        text: /\b(invalid|unknown)\s+(sku|item|part)|\b(sku|item|part( number)?)\b[^.;\n]{0,40}\bnot found\b/i,
      },
    ],
  },
  {
    id: 'partial-shipments-not-updating',
    title: 'Partial shipments not updating',
    cause:
      '{distributor} shipped part of the order, but the status mapping of the Get Order Status template has no Autotask status for "Partially shipped", so the purchase order was left as it was.',
    resolution:
      'Open the status mapping and choose an Autotask status (or "note only") for "Partially shipped".',
    action: action('open-status-mapping'),
    match: [{ code: code(HINT_CODES.statusMappingMissing) }],
  },
  {
    id: 'no-orders-created',
    title: 'No orders created',
    cause:
      'No purchase order qualified: the POs are not in the trigger status, the Create Orders template is off or in manual mode, or the POs\' vendor is not the company selected as "{distributor} vendor".',
    resolution:
      'Check the trigger status and automatic submission in the Create Orders template settings, and that the POs use the vendor company chosen for {distributor} in the options page.',
    action: templateSettings('create-orders'),
    match: [{ code: code(HINT_CODES.noEligibleOrders) }],
  },
  {
    id: 'autotask-hidden-records',
    title: 'Autotask shows this API user no such record',
    cause:
      'Autotask answered with no record: it was deleted, or the API user\'s security level (a restricted copy of "API User (API-only)", or a line of business it lacks) hides it. Autotask returns nothing rather than an error in that case.',
    resolution:
      "Check the record exists in Autotask. If it does, give the API user's security level access to it (all lines of business, or those of your purchase orders), then Reconnect: it re-checks access.",
    action: action('reconnect-autotask'),
    match: [{ service: 'autotask', kind: 'not-found' }, { code: code(HINT_CODES.hiddenRecords) }],
  },
  {
    id: 'autotask-not-connected',
    title: 'Autotask is not connected',
    cause:
      'No Autotask API user is connected in this browser (it was never connected, or Disconnect was used).',
    resolution:
      'Open the options page and Connect Autotask with the API user name, secret and integration code.',
    action: action('connect-autotask'),
    match: [{ service: 'autotask', code: code(HINT_CODES.notConnected) }],
  },
  {
    id: 'distributor-not-connected',
    title: '{distributor} is not connected',
    cause:
      'No {distributor} account is connected in this browser (it was never connected, or Disconnect was used).',
    resolution:
      'Open the options page and Connect {distributor} with the account details your {distributor} representative gave you.',
    action: action('connect-distributor'),
    match: [{ service: 'distributor', code: code(HINT_CODES.notConnected) }],
  },
  {
    id: 'autotask-thread-limit',
    title: 'Autotask: too many requests at once (Itgenatr005)',
    cause:
      'Autotask allows 3 concurrent requests per integration and entity; another tool using the same integration code, or a second browser running the same template, went over it.',
    resolution:
      'Nothing to do for a single occurrence: the extension waits and retries reads. If it repeats, make sure only one browser has "Run scheduled templates in this browser" on.',
    match: [{ code: code('Itgenatr005') }, { text: /Itgenatr005|thread threshold/i }],
  },
  {
    id: 'autotask-threshold',
    title: "Autotask's hourly API limit is reached (429)",
    cause:
      'The tenant used its 10,000 requests per rolling hour, shared by every integration on the tenant; Autotask rejects calls until the hour rolls over.',
    resolution:
      'The extension waits for the time Autotask asks and continues. Check which integrations use the most calls (Admin › API usage) and spread heavy jobs over the day.',
    match: [
      { service: 'autotask', status: 429 },
      { service: 'autotask', kind: 'throttled' },
    ],
  },
  {
    id: 'api-budget',
    title: 'Paused to protect the Autotask API budget',
    cause:
      "This extension's own hourly allowance (a share of the tenant's threshold) is spent, or the tenant as a whole is above half its hourly threshold.",
    resolution:
      'Nothing to do: the run resumes from where it stopped once calls are available. Lower the per-run cap in the template settings if other integrations need more room.',
    action: templateSettings('product-sync'),
    match: [{ code: code('budget|tenant-busy') }],
  },
  {
    id: 'autotask-zone-unknown',
    title: 'Autotask does not know this API user name',
    cause:
      'Autotask could not find the zone of this user: the API user name is misspelled or the user was deleted.',
    resolution: 'Copy the API user name (an e-mail address) from the resource in Autotask and Reconnect.',
    action: action('reconnect-autotask'),
    match: [
      { code: code('zone-unknown') },
      { service: 'autotask', text: /zone information could not be determined/i },
    ],
  },
  {
    id: 'autotask-cannot-read-costs',
    title: 'The Autotask API user cannot read costs',
    cause:
      'The API user has the security level "API User (system) Can\'t Read Costs (API-only)" (or a copy of it): cost fields come back empty, so costs cannot be compared or updated.',
    resolution:
      'Give the API user the level "API User (API-only)" or a copy that can see costs, then Reconnect. Until then blank costs are never treated as zero.',
    action: action('reconnect-autotask'),
    match: [{ code: code(HINT_CODES.cannotReadCosts) }],
  },
  {
    id: 'autotask-rule-violation',
    title: 'Autotask refused the change',
    cause:
      "The record broke one of Autotask's business rules (Autotask reports these as HTTP 500); its own words are shown under Details — for example items can only be added while a purchase order is New.",
    resolution: 'Correct the record in Autotask as the message says, then run again.',
    match: [{ service: 'autotask', kind: 'validation', status: 500 }],
  },
  {
    id: 'autotask-tenant-mismatch',
    title: 'This API user belongs to another Autotask tenant',
    cause:
      'Reconnect only replaces the credentials of the tenant already connected; the new API user is in a different tenant.',
    resolution:
      'Use an API user of the connected tenant, or Disconnect first and then connect the other tenant.',
    action: action('reconnect-autotask'),
    match: [{ code: code('tenant-mismatch') }],
  },
  {
    id: 'out-of-stock',
    title: 'Out of stock at {distributor}',
    cause:
      '{distributor} has less available than the quantity ordered, in the chosen warehouse or in all of them.',
    resolution:
      'Allow backorders for this order, pick another warehouse, reduce the quantity, or order the item elsewhere.',
    match: [
      { code: code(HINT_CODES.outOfStock) },
      {
        service: 'distributor',
        text: /out of stock|insufficient (stock|inventory|quantity)|no (stock|inventory) available/i,
      },
    ],
  },
  {
    id: 'price-drift',
    title: '{distributor} price differs from the Autotask cost',
    cause:
      "The cost on the purchase order line is older than {distributor}'s current price, beyond the allowed percentage.",
    resolution:
      'Review the new price; run Product Sync to update costs, or update the line cost before submitting.',
    action: action('run-product-sync'),
    match: [
      { code: code(HINT_CODES.priceDrift) },
      { service: 'distributor', text: /price (has )?changed|price mismatch/i },
    ],
  },
  {
    id: 'discontinued',
    title: 'Product discontinued at {distributor}',
    cause: '{distributor} marks this SKU as discontinued: it can no longer be ordered.',
    resolution:
      'Replace the product on the purchase order with a current one; Product Sync can deactivate discontinued products if its settings allow.',
    action: action('run-product-sync'),
    match: [
      { code: code(HINT_CODES.discontinued) },
      { service: 'distributor', text: /discontinued|end of life/i },
    ],
  },
  {
    id: 'category-not-mapped',
    title: 'Category not mapped',
    cause:
      'The category {distributor} gives this item has no Autotask product category in the Product Sync mapping, so it was not created.',
    resolution: 'Map that category to an Autotask product category in the Product Sync template settings.',
    action: templateSettings('product-sync'),
    match: [{ code: code(HINT_CODES.categoryNotMapped) }],
  },
  {
    id: 'order-outcome-unknown',
    title: 'Waiting to learn whether {distributor} created the order',
    cause: 'The connection ended before {distributor} answered, so the order may or may not exist.',
    resolution:
      'Do not place the order again by hand. The extension looks the PO number up at {distributor} and adopts the order if it exists; it re-submits only after two lookups found nothing.',
    match: [{ service: 'distributor', outcomeUnknown: true }],
  },
  {
    id: 'duplicate-po',
    title: '{distributor} already has an order with this PO number',
    cause: 'The order was placed before (perhaps from another browser) under the same distributor PO number.',
    resolution:
      'Nothing to do: the extension looks the existing order up and links it to the purchase order.',
    match: [{ code: code(HINT_CODES.duplicatePo) }, { service: 'distributor', text: /duplicate po/i }],
  },
  {
    id: 'order-rejected',
    title: '{distributor} rejected the order',
    cause: '{distributor} refused the order or some of its lines; its reason is shown under Details.',
    resolution: 'Correct what the reason says, then use "Re-submit as new order" (it uses a new PO number).',
    match: [{ code: code(HINT_CODES.orderRejected) }],
  },
  {
    id: 'order-on-hold',
    title: '{distributor} put the order on hold',
    cause:
      '{distributor} holds an order for a credit check, an export or end-user question, or a price or stock review; it does not ship until the hold is released. Its reason, when given, is shown under Details.',
    resolution:
      'Contact your {distributor} account team with the order number to release the hold; the Get Order Status template picks the order up again once it moves on.',
    match: [{ code: code(HINT_CODES.orderOnHold) }],
  },
  {
    id: 'distributor-unavailable',
    title: '{distributor} is unavailable',
    cause:
      '{distributor} answered with a server error (HTTP 5xx) or a web page instead of data — usually scheduled maintenance or a short outage. Your connection is fine.',
    resolution:
      'Try again at the time given under Details (a few minutes later when none is given); scheduled runs retry by themselves. An order whose answer was lost is looked up, never sent twice.',
    match: [
      { service: 'distributor', kind: 'server' },
      { service: 'distributor', status: [500, 502, 503, 504] },
      { service: 'distributor', kind: 'malformed-response', text: /HTML page/i, outcomeUnknown: false },
    ],
  },
  {
    id: 'background-stopped',
    title: 'The extension stopped before it answered',
    cause:
      "The browser stopped the extension's background (an extension update, a crash, or the browser freeing memory) while it was handling this request.",
    resolution:
      'Try again: the extension starts again by itself and continues from what it had saved. An order that was being sent is looked up at {distributor} first, never sent twice.',
    match: [{ service: 'extension', code: code('background-unavailable') }],
  },
  {
    id: 'network',
    title: 'Could not reach the service',
    cause:
      'No answer arrived: the network is down, a proxy or firewall blocks the address, or the service timed out.',
    resolution: 'Check the internet connection and try again; scheduled runs retry by themselves.',
    match: [{ kind: 'network' }],
  },
  {
    id: 'service-error',
    title: 'The service had an internal error',
    cause:
      'Autotask or {distributor} answered with a server error (HTTP 5xx), usually a temporary outage or maintenance.',
    resolution: 'Wait a few minutes and try again; scheduled runs retry by themselves.',
    match: [
      { kind: 'server', service: 'autotask' },
      { kind: 'server', service: 'distributor' },
    ],
  },
  {
    id: 'malformed-response',
    title: 'An answer could not be read',
    cause:
      'The service sent something other than the expected data — a login or maintenance page, a truncated body, or a field of the wrong type. Nothing was written from it.',
    resolution:
      'Try again later; if it persists, copy the support report from the log entry and send it to support.',
    action: action('open-help'),
    match: [{ kind: 'malformed-response' }],
  },
  {
    id: 'storage-full',
    title: 'Browser storage is full',
    cause:
      "The disk or the browser profile has no room left for the extension's data, so nothing new could be saved.",
    resolution:
      'Free disk space; export the activity log to CSV and shorten its retention period. Orders already recorded are kept.',
    action: action('open-help'),
    match: [{ kind: 'storage' }, { code: code('quota-exceeded') }],
  },
  // Issue 11 §1: a switched-off template writes nothing, whoever asks.
  {
    id: 'product-sync-off',
    title: 'Product Sync is switched off',
    cause:
      'The Product Sync template is off, so no product is written — not by a schedule and not by "Sync now".',
    resolution: 'Switch Product Sync on in its template settings, then sync the product again.',
    action: templateSettings('product-sync'),
    match: [{ code: code(HINT_CODES.productSyncOff) }],
  },
  {
    id: 'order-status-off',
    title: 'Get Order Status is switched off',
    cause:
      'The Get Order Status template is off, so no status, ETA, tracking or receipt is written back to Autotask.',
    resolution: 'Switch Get Order Status on in its template settings, then refresh the status again.',
    action: templateSettings('order-status'),
    match: [{ code: code(HINT_CODES.orderStatusOff) }],
  },
  {
    id: 'template-off',
    title: 'This template is switched off',
    cause:
      'A template that is off writes nothing — not on its schedule, not by "Run now", not when a paused run would resume.',
    resolution: 'Switch the template on in its settings (Options › Templates), then run it again.',
    action: action('open-template-settings'),
    match: [{ code: code(HINT_CODES.templateOff) }],
  },
  {
    id: 'sidebar-rate-limited',
    title: 'Too many requests from this page',
    cause:
      'This Autotask tab asked the extension for more than a person clicking could, so further requests are refused for a short while to protect the Autotask and distributor API budgets.',
    resolution:
      'Wait a minute and try again. If it keeps happening, close other copies of this page or reload it.',
    match: [{ code: code(HINT_CODES.rateLimited) }],
  },
  // The team runner (issue 13 §2): Options › Team runner and everything read through it.
  {
    id: 'runner-unreachable',
    title: 'The team runner could not be reached',
    cause:
      'No answer came from the runner’s address, or something else answered there: the runner is stopped, the address is mistyped, or a firewall, proxy or VPN stands between this browser and the server.',
    resolution:
      'Open the runner’s address followed by /api/v1/health in a browser tab: it should show {"ok":true}. If it does not, start the runner (npm run runner, or docker compose up) or correct the address, then Connect again.',
    match: [{ code: code(HINT_CODES.runnerUnreachable) }],
  },
  {
    id: 'runner-token-refused',
    title: 'The team runner refused the token (401)',
    cause:
      'The token entered here is not the runner’s BRIDGE_API_TOKEN: it was mistyped, or the runner was restarted with a new one.',
    resolution:
      'Ask whoever set the runner up for its current token (BRIDGE_API_TOKEN in its environment) and Connect again with it.',
    match: [{ code: code(HINT_CODES.runnerTokenRefused) }],
  },
  {
    id: 'runner-not-https',
    title: 'The team runner needs a full https:// address',
    cause:
      'The address is not a full web address, or it starts with http://: the token would cross the network readable by anyone on the way. Only this computer’s own runner (http://localhost) may use plain http.',
    resolution:
      'Serve the runner behind HTTPS (a reverse proxy such as Caddy or nginx with a certificate) and enter its https:// address, e.g. https://bridge-runner.your-msp.example.',
    match: [{ code: code(`${HINT_CODES.runnerNotHttps}|${HINT_CODES.runnerInvalidUrl}`) }],
  },
  {
    id: 'runner-access-refused',
    title: 'Access to the team runner’s address was not allowed',
    cause:
      'The browser asked whether the extension may connect to the runner’s address, and the answer was no (or the question was closed).',
    resolution:
      'Click Connect again and choose Allow: the extension asks for that one address only, and Disconnect gives the access back.',
    match: [{ code: code(HINT_CODES.runnerAccessRefused) }],
  },
  {
    id: 'runner-origin-refused',
    title: 'The team runner does not accept this extension',
    cause:
      'The runner answers only the extension origins listed in its BRIDGE_ALLOWED_ORIGINS, and this browser’s extension is not among them.',
    resolution:
      'Add the extension origin shown under Options › Team runner to BRIDGE_ALLOWED_ORIGINS (comma-separated) on the runner, restart it, then try again.',
    match: [{ code: code(HINT_CODES.runnerOriginRefused) }],
  },
  {
    id: 'runner-not-connected',
    title: 'No team runner is connected',
    cause: 'This browser is not connected to a team runner, or Disconnect was used.',
    resolution: 'Open Options › Team runner and Connect with the runner’s address and token.',
    match: [{ code: code(HINT_CODES.runnerNotConnected) }],
  },
  {
    id: 'unexpected-error',
    title: 'Something went wrong',
    cause: 'An error the extension does not recognise.',
    resolution:
      'Try again; if it repeats, copy the support report from the log entry and send it to support.',
    action: action('open-help'),
    match: [],
  },
];

/** Chosen when nothing else matches. */
export const FALLBACK_HINT_ID = 'unexpected-error';
