// The runner's answers (runner/api), checked before anything reaches a page. The runner sends the
// extension's own view shapes (lib/log/entry-view.ts → LogEntryView, LogItemView), so these schemas
// mirror lib/messaging/results.ts; unknown fields are dropped (zod's default), never passed on.
import { z } from 'zod';
import { ERROR_KINDS } from '../errors/app-error';
import type { AppErrorData } from '../errors/app-error';
import { MAX_COUNT_DAYS } from '../messaging/protocol';
import type { DayCountView, LogEntryView, LogItemView } from '../messaging/results';

const result = z.enum(['success', 'partial', 'failed']);
const isoDate = z.string().datetime({ offset: true });

export const errorDataSchema: z.ZodType<AppErrorData> = z.object({
  kind: z.enum(ERROR_KINDS),
  service: z.enum(['autotask', 'distributor', 'extension']),
  distributor: z.string().max(40).optional(),
  message: z.string().max(4000),
  status: z.number().int(),
  code: z.string().max(200).optional(),
  apiErrors: z.array(z.string().max(4000)).max(100).optional(),
  field: z.string().max(200).optional(),
  request: z
    .object({
      method: z.string().max(10),
      url: z.string().max(2000),
      operation: z.string().max(200).optional(),
    })
    .optional(),
  retryAfterMs: z.number().optional(),
  outcomeUnknown: z.boolean().optional(),
});

export const logEntrySchema: z.ZodType<LogEntryView> = z.object({
  id: z.number().int(),
  at: isoDate,
  template: z.string().max(60),
  operation: z.string().max(100),
  result,
  summary: z.string().max(4000),
  distributor: z.string().max(40).optional(),
  error: errorDataSchema.optional(),
  hintId: z.string().max(100).optional(),
  itemCount: z.number().int().min(0).optional(),
  counts: z.record(z.string(), z.number()).optional(),
});

export const logItemSchema: z.ZodType<LogItemView> = z.object({
  id: z.number().int(),
  label: z.string().max(1000),
  outcome: z.string().max(100),
  message: z.string().max(4000).optional(),
  error: errorDataSchema.optional(),
  hintId: z.string().max(100).optional(),
});

/** GET /log */
export const logPageSchema = z.object({
  entries: z.array(logEntrySchema),
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1),
});

/** GET /log/:id */
export const logEntryDetailsSchema = z.object({ entry: logEntrySchema, items: z.array(logItemSchema) });

/** GET /log/daily (runner/api/routes/log.ts): one count per day asked for. */
const count = z.number().int().min(0);
export const dayCountSchema: z.ZodType<DayCountView> = z.object({
  day: z.number().int(),
  success: count,
  partial: count,
  failed: count,
});
export const dailySchema = z.object({ days: z.array(dayCountSchema).max(MAX_COUNT_DAYS) });

/** GET /health: says only that the API answers (runner/api/routes/health.ts). */
export const healthSchema = z.object({ ok: z.literal(true) });

/** GET /runs (runner/api/views.ts TemplateRunView). */
export const templateRunSchema = z.object({
  id: z.string().max(60),
  name: z.string().max(200),
  enabled: z.boolean(),
  running: z.boolean(),
  lastRunAt: isoDate.optional(),
  lastResult: result.optional(),
  nextRunAt: isoDate.optional(),
});
export const runsSchema = z.object({ templates: z.array(templateRunSchema) });

/** POST /runs/:template → 202 */
export const runStartedSchema = z.object({ template: z.string(), status: z.literal('started') });

/** GET /orders (runner/api/views.ts OrderView): what a page shows of an order in flight. */
export const orderSchema = z.object({
  poNumber: z.string().max(100),
  poId: z.number().int(),
  distributor: z.string().max(40).optional(),
  state: z.string().max(40),
  createdAt: isoDate,
  updatedAt: isoDate,
  orderNumbers: z.array(z.string().max(100)).optional(),
  lastError: errorDataSchema.optional(),
});
export const ordersSchema = z.object({ orders: z.array(orderSchema) });

/** The runner's one error body (runner/api/errors.ts). */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string().max(60), message: z.string().max(500) }),
});

export type TemplateRunView = z.infer<typeof templateRunSchema>;
export type RunnerOrderView = z.infer<typeof orderSchema>;
export type RunnerLogPage = z.infer<typeof logPageSchema>;
