// The one message protocol (STYLE.md §4). Every message the background accepts is declared here:
// its payload schema (checked with zod on arrival), who may send it, and its result type.
// Senders: 'content' = our content script on a ww<N>.autotask.net tab (may only report what it
// sees and ask for display data — never act); 'sidebar' = sidebar.html, which a hostile page can
// frame, so it may read but never place an order; 'extension' = our own top-level pages (popup,
// options, log, review window).
import { z } from 'zod';

export type SenderKind = 'content' | 'sidebar' | 'extension';

const empty = z.object({}).strict();
const poId = z.number().int().positive();

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
  'tdsynnex.connect': {
    from: ['extension'],
    payload: z
      .object({
        customerNo: z.string().trim().min(1).max(40),
        userId: z.string().trim().min(1).max(200),
        password: z.string().min(1).max(500),
        region: z.enum(['US', 'CA']),
        environment: z.enum(['production', 'test']),
      })
      .strict(),
  },
  'tdsynnex.reconnect': {
    from: ['extension'],
    payload: z.object({ password: z.string().min(1).max(500) }).strict(),
  },
  'vendors.list': { from: ['extension'], payload: empty },
  'vendors.select': {
    from: ['extension'],
    payload: z.object({ companyId: z.number().int().positive() }).strict(),
  },
  'connection.disconnect': {
    from: ['extension'],
    payload: z.object({ account: z.enum(['autotask', 'tdsynnex']) }).strict(),
  },
  'settings.get': { from: ['extension'], payload: empty },
  'settings.update': {
    from: ['extension'],
    payload: z.object({ runScheduledHere: z.boolean().optional() }).strict(),
  },
  'templates.list': { from: ['extension', 'sidebar'], payload: empty },
  'templates.runNow': {
    from: ['extension'],
    payload: z.object({ id: z.string().min(1).max(60) }).strict(),
  },
  'purchaseOrder.get': { from: ['extension', 'sidebar'], payload: z.object({ poId }).strict() },
  'purchaseOrder.find': {
    from: ['extension', 'sidebar'],
    payload: z.object({ query: z.string().trim().min(1).max(60) }).strict(),
  },
  'log.recent': {
    from: ['extension', 'sidebar'],
    payload: z.object({ limit: z.number().int().min(1).max(200) }).strict(),
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; payload: z.ZodType }>;

export type MessageName = keyof typeof protocol;
export type PayloadOf<N extends MessageName> = z.infer<(typeof protocol)[N]['payload']>;
