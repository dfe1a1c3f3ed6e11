// The one message protocol (STYLE.md §4). Every message the background accepts is declared here:
// its payload schema (checked with zod on arrival), who may send it, and its result type.
// Senders: 'content' = our content script on a ww<N>.autotask.net tab (may only report what it
// sees and ask for display data — never act); 'sidebar' = sidebar.html, which a hostile page can
// frame, so it may read but never place an order; 'extension' = our own top-level pages (popup,
// options, log, review window).
import { z } from 'zod';
import {
  frequencySchema as orderStatusFrequency,
  mappingSchema as orderStatusMapping,
} from '../order-status/settings';
import { productSyncMessages } from '../products/messages';
import { createOrdersMessages } from '../orders/create-orders-messages';
import { isDistributorId } from '../distributor/registry';
import { supportContactSchema } from '../settings/support-contact';

export type SenderKind = 'content' | 'sidebar' | 'extension';

const empty = z.object({}).strict();
const poId = z.number().int().positive();
/** A registry id (lib/distributor/registry.ts). */
const distributorId = z.string().refine(isDistributorId, 'Unknown distributor');

/** The activity log's filters (issue 6 §2): epoch ms (`to` exclusive), template id, result, search key. */
export const logQuery = z
  .object({
    from: z.number().optional(),
    to: z.number().optional(),
    template: z.string().min(1).max(60).optional(),
    result: z.enum(['success', 'partial', 'failed']).optional(),
    search: z.string().max(100).optional(),
  })
  .strict();
export type LogQuery = z.infer<typeof logQuery>;

/** The most days one per-day count covers (the runs chart shows 14). */
export const MAX_COUNT_DAYS = 62;
/** Date's own range, epoch ms. */
const MAX_TIME = 8_640_000_000_000_000;

/**
 * The days of a per-day count (the runs chart, lib/log/days.ts): each day's start, epoch ms, oldest
 * first, as the asking browser's time zone draws them. A day runs to the next one's start; the last
 * has no end, as in lib/log/query.ts dailyCounts.
 */
export const dayStarts = z
  .array(z.number().int().min(0).max(MAX_TIME))
  .min(1)
  .max(MAX_COUNT_DAYS)
  .refine((starts) => starts.every((start, i) => i === 0 || start > (starts[i - 1] ?? start)), {
    message: 'Expected increasing times',
  });

export const protocol = {
  'page.report': {
    from: ['content'],
    payload: z
      .object({
        kind: z.enum(['purchaseOrder', 'product', 'none']),
        id: z.number().int().positive().optional(),
      })
      .strict(),
  },
  'connection.status': { from: ['extension', 'sidebar'], payload: empty },
  'autotask.connect': {
    from: ['extension'],
    payload: z
      .object({
        userName: z.string().trim().min(3).max(200),
        secret: z.string().min(1).max(500),
        integrationCode: z.string().trim().min(1).max(200),
      })
      .strict(),
  },
  'autotask.reconnect': {
    from: ['extension'],
    payload: z
      .object({
        userName: z.string().trim().min(3).max(200),
        secret: z.string().min(1).max(500),
        integrationCode: z.string().trim().min(1).max(200),
      })
      .strict(),
  },
  // The account's fields as the distributor's registry entry names them; its zod schema checks them.
  'distributor.connect': {
    from: ['extension'],
    payload: z
      .object({
        distributor: distributorId,
        account: z.record(z.string().max(40), z.string().max(500)),
      })
      .strict(),
  },
  // New secret fields for the account already set up; every other field is kept.
  'distributor.reconnect': {
    from: ['extension'],
    payload: z
      .object({
        distributor: distributorId,
        secrets: z.record(z.string().max(40), z.string().min(1).max(500)),
      })
      .strict(),
  },
  'vendors.list': { from: ['extension'], payload: z.object({ distributor: distributorId }).strict() },
  'vendors.select': {
    from: ['extension'],
    payload: z.object({ distributor: distributorId, companyId: z.number().int().positive() }).strict(),
  },
  'connection.disconnect': {
    from: ['extension'],
    payload: z.object({ account: z.union([z.literal('autotask'), distributorId]) }).strict(),
  },
  'settings.get': { from: ['extension'], payload: empty },
  'settings.update': {
    from: ['extension'],
    payload: z
      .object({ runScheduledHere: z.boolean().optional(), supportContact: supportContactSchema.optional() })
      .strict(),
  },
  'templates.list': { from: ['extension', 'sidebar'], payload: empty },
  // A template's on/off switch (issue 10 §1); its other settings stay as they are.
  'templates.setEnabled': {
    from: ['extension'],
    payload: z.object({ id: z.string().min(1).max(60), enabled: z.boolean() }).strict(),
  },
  'templates.runNow': {
    from: ['extension'],
    payload: z.object({ id: z.string().min(1).max(60) }).strict(),
  },
  'purchaseOrder.get': { from: ['extension', 'sidebar'], payload: z.object({ poId }).strict() },
  'purchaseOrder.find': {
    from: ['extension', 'sidebar'],
    payload: z.object({ query: z.string().trim().min(1).max(60) }).strict(),
  },
  // Issue 3. Reads only: a check, the submission state, the inline badges (display data the content
  // script may ask for), the POs a manual Create Orders template lists as ready.
  // `clicked`: a person asked (Check again) — logged when it finds a problem; opening a page is not.
  'order.check': {
    from: ['extension', 'sidebar'],
    payload: z.object({ poId, clicked: z.boolean().optional() }).strict(),
  },
  'order.state': { from: ['extension', 'sidebar'], payload: z.object({ poId }).strict() },
  'order.badges': { from: ['content'], payload: z.object({ poId }).strict() },
  'orders.waiting': { from: ['extension', 'sidebar'], payload: empty },
  // Opens the review window (an extension popup window a page can neither frame nor overlay). The
  // sidebar may ask: the window, not the sidebar, is where an order is confirmed.
  'order.review': {
    from: ['extension', 'sidebar'],
    payload: z.object({ poId, resubmit: z.boolean().optional() }).strict(),
  },
  // Places the order: only from the review window's `Confirm order` (handlers.ts also checks the
  // sender is review.html in a top-level frame), never from the sidebar or a content script.
  'order.submit': {
    from: ['extension'],
    payload: z
      .object({
        poId,
        allowBackorder: z.boolean(),
        shipFromWarehouse: z.string().trim().min(1).max(20).optional(),
        resubmit: z.boolean().optional(),
        // The attempt a re-submission means (2 = …-R2): a re-sent Confirm continues it, never a third.
        attempt: z.number().int().min(2).max(99).optional(),
      })
      .strict(),
  },
  // Issue 5. The sidebar reads a PO's order status. `Refresh status` looks the PO's orders up and
  // writes status, ETAs, tracking (and receipts) back, so it runs only from the confirmation window
  // (issue 11 §1; handlers check the sender is confirm.html, top-level); the sidebar may only ask to
  // open that window. Settings only from our pages.
  'orderStatus.get': { from: ['extension', 'sidebar'], payload: z.object({ poId }).strict() },
  'orderStatus.reviewRefresh': { from: ['extension', 'sidebar'], payload: z.object({ poId }).strict() },
  'orderStatus.refresh': { from: ['extension'], payload: z.object({ poId }).strict() },
  'orderStatus.inFlight': { from: ['extension'], payload: empty },
  'orderStatus.settings': { from: ['extension'], payload: empty },
  'orderStatus.saveSettings': {
    from: ['extension'],
    payload: z
      .object({
        frequency: orderStatusFrequency.optional(),
        scope: z.enum(['active', 'recent-30', 'recent-60', 'recent-90']).optional(),
        receiving: z.enum(['never', 'when-shipped']).optional(),
        mapping: orderStatusMapping.optional(),
      })
      .strict(),
  },
  'log.recent': {
    from: ['extension', 'sidebar'],
    payload: z.object({ limit: z.number().int().min(1).max(200) }).strict(),
  },
  // The sidebar's "activity for this PO / product" (issue 6 §2): entries whose search keys hold `key`.
  'log.forKey': {
    from: ['extension', 'sidebar'],
    payload: z
      .object({ key: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(100) })
      .strict(),
  },
  // Read (no `days`) or change how long the log keeps entries (issue 6 §3).
  'log.retention': {
    from: ['extension'],
    payload: z.object({ days: z.number().int().min(1).max(3650).optional() }).strict(),
  },
  // Built in the background, the only context that can read the stored secrets to redact them exactly.
  'log.supportReport': {
    from: ['extension'],
    payload: z
      .object({
        entryIds: z.array(z.number().int().positive()).max(200).optional(),
        query: logQuery.optional(),
      })
      .strict(),
  },
  // The popup opened (issue 13 §3): what is in the log now is seen, and the toolbar badge clears.
  // Only our own pages: a page that frames the sidebar must not hide failures from the technician.
  'log.seen': { from: ['extension'], payload: empty },
  // Issue 13 §2: the team runner. Only the service worker holds its token and talks to it. Reads
  // and writes alike come from our own pages only, never the sidebar (a page on *.autotask.net
  // frames it); lib/runner-client/handlers.ts narrows further by page: reads from the popup, log and
  // options pages, Run now from the popup and options, Connect and Disconnect from options alone.
  // `runner.status` with `check` asks the runner now; without it, says what was last seen.
  'runner.status': { from: ['extension'], payload: z.object({ check: z.boolean().optional() }).strict() },
  // The page asked for access to the runner's host (permissions.request needs the click) before this.
  'runner.connect': {
    from: ['extension'],
    payload: z
      .object({ url: z.string().trim().min(1).max(500), token: z.string().trim().min(1).max(500) })
      .strict(),
  },
  'runner.disconnect': { from: ['extension'], payload: empty },
  'runner.log': {
    from: ['extension'],
    payload: z
      .object({
        query: logQuery,
        offset: z.number().int().min(0).max(1_000_000).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
  },
  'runner.entry': {
    from: ['extension'],
    payload: z.object({ id: z.number().int().positive().max(999_999_999_999_999) }).strict(),
  },
  'runner.runs': { from: ['extension'], payload: empty },
  // The runner's log counted per day by result, for the log page's runs chart.
  'runner.daily': { from: ['extension'], payload: z.object({ starts: dayStarts }).strict() },
  'runner.runNow': {
    from: ['extension'],
    payload: z.object({ template: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/) }).strict(),
  },
  // Issue 4: Product Sync settings, import, Preview, the product sidebar and SKU sync status.
  ...productSyncMessages,
  // Issue 10 §1: the Create Orders template's settings.
  ...createOrdersMessages,
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: z.ZodType }>;

export type MessageName = keyof typeof protocol;
export type PayloadOf<N extends MessageName> = z.infer<(typeof protocol)[N]['payload']>;
