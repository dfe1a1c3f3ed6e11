// Result types of the protocol (protocol.ts). Plain data only: these cross context boundaries.
// Nothing here may ever hold a secret (API secret, distributor password).
import type { ProductSyncResultMap } from '../products/messages';
import type { CreateOrdersResultMap } from '../orders/create-orders-messages';
import type { AppErrorData } from '../errors/app-error';
import type { MessageName } from './protocol';
import type {
  OrderStatusSettingsView,
  PurchaseOrderStatusView,
  TrackedOrderView,
} from '../order-status/view-types';
import type { LineBadgeView, OrderCheckView, SubmissionView, WaitingPurchaseOrder } from '../orders/views';

export interface AutotaskConnectionView {
  connected: boolean;
  userName?: string;
  tenantId?: number;
  zoneName?: string;
  webUrl?: string;
  /** Entities/permissions the templates need but the API user lacks, e.g. `PurchaseOrders: create`. */
  missing: string[];
  /** E.g. the API user cannot read costs. */
  warnings: string[];
  connectedAt?: string;
  /** Set when Autotask started refusing the stored credentials (401); cleared by Reconnect or a success. */
  rejectedAt?: string;
}

/** One distributor's connection as Options, the popup and the sidebar see it: never a secret. */
export interface DistributorConnectionView {
  connected: boolean;
  /** The account's non-secret fields (customer number, region…), as its registry entry names them. */
  account?: Record<string, string>;
  vendorCompanyId?: number;
  vendorCompanyName?: string;
  connectedAt?: string;
  /** Set when the distributor started refusing the stored login; cleared by Reconnect or a success. */
  rejectedAt?: string;
}

export interface ConnectionStatus {
  autotask: AutotaskConnectionView;
  /** By registry id, in registry order; a distributor never connected is `{ connected: false }`. */
  distributors: Record<string, DistributorConnectionView>;
}

export interface VendorOption {
  id: number;
  name: string;
  suggested: boolean;
}

export interface ExtensionSettingsView {
  runScheduledHere: boolean;
  /** Where support reports go (issue 10 §6); '' when not set. */
  supportContact?: string;
  /** The team runner's address while one is connected: then it, not this browser, runs the schedules. */
  teamRunner?: string;
}

/** Options › Team runner (issue 13 §2). Never the token: only the service worker reads it. */
export interface TeamRunnerView {
  connected: boolean;
  /** The runner's address as entered (scheme, host, port, path prefix). */
  url?: string;
  connectedAt?: string;
  /** When the runner was last asked (Connect, Check now, a read of its log or runs). */
  checkedAt?: string;
  /** Whether it answered with the token accepted then. */
  reachable?: boolean;
  /** Why it did not. */
  lastError?: AppErrorData;
  /** This extension's origin (`chrome-extension://<id>`): what the runner's BRIDGE_ALLOWED_ORIGINS lists. */
  extensionOrigin: string;
}

/** A template as the team runner schedules it (runner/api/views.ts TemplateRunView). */
export interface RunnerTemplateView {
  id: string;
  name: string;
  enabled: boolean;
  running: boolean;
  lastRunAt?: string;
  lastResult?: 'success' | 'partial' | 'failed';
  nextRunAt?: string;
}

/** One page of the team runner's log, newest first, its entries marked `origin: 'runner'`. */
export interface RunnerLogPage {
  entries: LogEntryView[];
  /** Entries matching the filter on the runner, all pages together. */
  total: number;
  offset: number;
  limit: number;
}

/** Runs of one day by result (the log page's runs chart, lib/log/query.ts dailyCounts, the runner's `/log/daily`). */
export interface DayCountView {
  /** The day's start (local midnight in the browser that asked), epoch ms. */
  day: number;
  success: number;
  partial: number;
  failed: number;
}

export interface TemplateView {
  id: string;
  name: string;
  enabled: boolean;
  lastRunAt?: string;
  lastResult?: 'success' | 'partial' | 'failed';
  nextRunAt?: string;
  running: boolean;
  progress?: { done: number; total: number };
}

export interface PurchaseOrderLineView {
  itemId: number;
  productId: number;
  sku: string;
  mfgPartNumber?: string;
  description: string;
  quantity: number;
  unitCost?: number;
}

export interface PurchaseOrderView {
  id: number;
  number: string;
  statusId: number;
  statusLabel: string;
  vendorId: number;
  vendorName: string;
  /** True when the PO's vendor is a distributor's vendor company (then `distributor` names it). */
  isDistributorVendor: boolean;
  /** The PO's distributor (issue 12): the registry entry whose vendor company is the PO's vendor. */
  distributor?: { id: string; label: string };
  shipTo: {
    name: string;
    address1: string;
    address2?: string;
    city: string;
    state: string;
    postalCode: string;
  };
  externalPONumber?: string;
  total?: number;
  lines: PurchaseOrderLineView[];
}

export interface LogEntryView {
  id: number;
  at: string;
  template: string;
  operation: string;
  result: 'success' | 'partial' | 'failed';
  summary: string;
  /** The distributor the work was for (registry id), when it was for one. */
  distributor?: string;
  error?: AppErrorData;
  hintId?: string;
  /** Rows of per-item outcomes (SKUs, orders) behind the entry, and their outcome counts. */
  itemCount?: number;
  counts?: Record<string, number>;
  /**
   * Where the work ran (issue 13 §2), set where two logs are shown as one: 'runner' for the team
   * runner's entries, 'browser' for this browser's own. Absent means this browser's.
   */
  origin?: 'runner' | 'browser';
}

/** One per-item outcome of a log entry (a SKU of a product sync, a line or order of a submission). */
export interface LogItemView {
  id: number;
  label: string;
  outcome: string;
  message?: string;
  error?: AppErrorData;
  hintId?: string;
}

/** An entry found by a SKU or PO number (issue 10 §6), with that key's own items: what it was about. */
export interface KeyActivityView extends LogEntryView {
  about?: LogItemView[];
}

/** `Copy support report` (issue 6 §3): the same content as readable text and as JSON, secrets redacted. */
export interface SupportReport {
  text: string;
  json: string;
  entryCount: number;
}

export interface ResultMap extends ProductSyncResultMap, CreateOrdersResultMap {
  'page.report': { showSidebar: boolean };
  'connection.status': ConnectionStatus;
  'autotask.connect': AutotaskConnectionView;
  'autotask.reconnect': AutotaskConnectionView;
  'distributor.connect': DistributorConnectionView;
  'distributor.reconnect': DistributorConnectionView;
  'vendors.list': VendorOption[];
  'vendors.select': DistributorConnectionView;
  'connection.disconnect': ConnectionStatus;
  'settings.get': ExtensionSettingsView;
  'settings.update': ExtensionSettingsView;
  'templates.list': TemplateView[];
  'templates.setEnabled': TemplateView[];
  'templates.runNow': { started: boolean };
  'purchaseOrder.get': PurchaseOrderView;
  'purchaseOrder.find': { poId: number } | null;
  'order.check': OrderCheckView;
  'order.state': SubmissionView | null;
  'order.badges': LineBadgeView[];
  'orders.waiting': WaitingPurchaseOrder[];
  'order.review': { opened: boolean };
  'order.submit': SubmissionView;
  'orderStatus.get': PurchaseOrderStatusView;
  'orderStatus.refresh': PurchaseOrderStatusView;
  'orderStatus.reviewRefresh': { opened: boolean };
  'orderStatus.inFlight': TrackedOrderView[];
  'orderStatus.settings': OrderStatusSettingsView;
  'orderStatus.saveSettings': OrderStatusSettingsView;
  'log.recent': LogEntryView[];
  'log.forKey': KeyActivityView[];
  'log.retention': { days: number };
  'log.supportReport': SupportReport;
  /** What the badge counts after the mark: 0 and 0, unless an entry was logged meanwhile. */
  'log.seen': { failed: number; partial: number };
  'runner.status': TeamRunnerView;
  'runner.connect': TeamRunnerView;
  'runner.disconnect': TeamRunnerView;
  'runner.log': RunnerLogPage;
  'runner.entry': { entry: LogEntryView; items: LogItemView[] };
  'runner.runs': RunnerTemplateView[];
  /** One per day asked for, oldest first. */
  'runner.daily': DayCountView[];
  'runner.runNow': { started: boolean };
}

export type ResultOf<N extends MessageName> = ResultMap[N];

/** The wire envelope of every reply. Errors travel as AppErrorData (lib/errors). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
