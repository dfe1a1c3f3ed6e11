// What the API sends for stored rows: the log in the extension's own view shapes (LogEntryView,
// LogItemView of lib/messaging/results.ts), so the extension shows the runner's entries with the code
// that shows its own (lib/log/entry-view.ts), every error re-picked field by field on the way out.
import { redactUrl } from '../../lib/errors/redact';
import { entryViewWith, itemViewWith } from '../../lib/log/entry-view';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { OutboxRecord } from '../../lib/db/records';
import type { TemplateRunInfo } from './deps';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * An error as stored is already AppErrorData (plainErrorData, redacted at the client); the fields are
 * still picked one by one, so a field a future writer adds — a body, a header — never reaches the wire.
 */
export function errorView(error: AppErrorData): AppErrorData {
  const view: AppErrorData = {
    kind: error.kind,
    service: error.service,
    status: error.status,
    message: error.message,
  };
  if (error.distributor !== undefined) view.distributor = error.distributor;
  if (error.code !== undefined) view.code = error.code;
  if (error.apiErrors) view.apiErrors = error.apiErrors;
  if (error.field !== undefined) view.field = error.field;
  if (error.request) {
    view.request = { method: error.request.method, url: redactUrl(error.request.url) };
    if (error.request.operation !== undefined) view.request.operation = error.request.operation;
  }
  if (error.retryAfterMs !== undefined) view.retryAfterMs = error.retryAfterMs;
  if (error.outcomeUnknown !== undefined) view.outcomeUnknown = error.outcomeUnknown;
  return view;
}

export const entryView = entryViewWith(errorView);

export const itemView = itemViewWith(errorView);

export interface OrderView {
  poNumber: string;
  poId: number;
  distributor?: string;
  state: OutboxRecord['state'];
  createdAt: string;
  updatedAt: string;
  lines: OutboxRecord['lines'];
  orderNumbers?: string[];
  writeBack?: OutboxRecord['writeBack'];
  notFoundAt?: string;
  lastError?: AppErrorData;
}

export function orderView(record: OutboxRecord): OrderView {
  const view: OrderView = {
    poNumber: record.poNumber,
    poId: record.poId,
    state: record.state,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
    lines: record.lines.map((l) => ({ ...l })),
  };
  if (record.distributor !== undefined) view.distributor = record.distributor;
  if (record.orderNumbers) view.orderNumbers = record.orderNumbers;
  if (record.writeBack !== undefined) view.writeBack = record.writeBack;
  if (record.notFoundAt !== undefined) view.notFoundAt = iso(record.notFoundAt);
  if (record.lastError) view.lastError = errorView(record.lastError);
  return view;
}

export interface TemplateRunView {
  id: string;
  name: string;
  enabled: boolean;
  running: boolean;
  lastRunAt?: string;
  lastResult?: TemplateRunInfo['lastResult'];
  nextRunAt?: string;
}

export function templateRunView(info: TemplateRunInfo): TemplateRunView {
  const view: TemplateRunView = {
    id: info.id,
    name: info.name,
    enabled: info.enabled,
    running: info.running,
  };
  if (info.lastRunAt !== undefined) view.lastRunAt = iso(info.lastRunAt);
  if (info.lastResult !== undefined) view.lastResult = info.lastResult;
  if (info.nextRunAt !== undefined) view.nextRunAt = iso(info.nextRunAt);
  return view;
}
