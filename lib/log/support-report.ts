// `Copy support report` (issue 6 §3): what support asks for — the entries, their template, the time
// of the error, the Autotask tenant id, the extension version and the browser — as readable text and
// as JSON, both run through support-redact.ts. Built in the background: the only context that can
// read the stored secrets and so redact them exactly (protocol.ts 'log.supportReport').
import { entriesById, itemsByEntry, matchingIds, toItemView } from './query';
import { redactDeep, redactText } from './support-redact';
import { distributorName, operationLabel, resultLabel, templateLabel } from './labels';
import { SET_SUPPORT_CONTACT_HINT } from '../settings/support-contact';
import type { ActivityEntry } from '../db/records';
import type { AppErrorData } from '../errors/app-error';
import type { LogQuery } from '../messaging/protocol';
import type { LogItemView, SupportReport } from '../messaging/results';

/** A report for a range holds its newest entries only: support reads the latest failures first. */
export const MAX_REPORT_ENTRIES = 200;
/** Per entry, the items that did not succeed (a 10,000-SKU sync would drown the report otherwise). */
export const MAX_REPORT_ITEMS = 50;

/** An item support needs to see: it failed, was refused, or carries an error. */
const PROBLEM_OUTCOMES = new Set(['failed', 'rejected', 'error', 'invalid']);

export interface SupportContext {
  tenantId?: number;
  zoneName?: string;
  /** Options → Support contact (issue 10 §6): where to send the report; '' or absent when not set. */
  supportContact?: string;
  extensionVersion: string;
  browser: string;
  /** The values to redact exactly: the stored API secret, integration code, every distributor's secrets. */
  secrets: readonly string[];
  /** Removes what the distributors' own bodies name as secret (lib/distributor/index.ts), if given. */
  redactBody?: (text: string) => string;
  now?: number;
}

export interface ReportEntry {
  id: number;
  at: string;
  template: string;
  operation: string;
  result: string;
  summary: string;
  /** The distributor the entry was for (registry id). */
  distributor?: string;
  error?: AppErrorData;
  hintId?: string;
  itemCount: number;
  counts?: Record<string, number>;
  problemItems: LogItemView[];
}

interface ReportData {
  generatedAt: string;
  sendTo: string | null;
  extension: { version: string };
  browser: string;
  autotask: { tenantId: number | null; zone: string | null };
  filter: LogQuery | null;
  matchingEntries: number;
  firstErrorAt: string | null;
  entries: ReportEntry[];
}

function textOf(data: ReportData): string {
  const lines = [
    'Autotask Bridge — support report',
    data.sendTo ? `Send this report to ${data.sendTo}` : SET_SUPPORT_CONTACT_HINT,
    `Generated: ${data.generatedAt}`,
    `Extension version: ${data.extension.version}`,
    `Browser: ${data.browser}`,
    `Autotask tenant id: ${data.autotask.tenantId ?? 'not connected'}${data.autotask.zone ? ` (${data.autotask.zone})` : ''}`,
  ];
  if (data.filter) lines.push(`Filter: ${JSON.stringify(data.filter)}`);
  lines.push(`Entries: ${data.entries.length} of ${data.matchingEntries}`);
  if (data.firstErrorAt) lines.push(`Time of the error: ${data.firstErrorAt}`);
  for (const e of data.entries) {
    // The names the screen shows (issue 10 §2); the JSON keeps the ids.
    const what = [templateLabel(e.template), operationLabel(e.operation), resultLabel(e.result)].join(' — ');
    lines.push('', `#${e.id} ${e.at} — ${what}`, `  ${e.summary}`);
    if (e.distributor) lines.push(`  Distributor: ${distributorName(e.distributor)} (${e.distributor})`);
    if (e.error) {
      const service = e.error.distributor ? distributorName(e.error.distributor) : e.error.service;
      const where = [service, e.error.status ? `HTTP ${e.error.status}` : '', e.error.code ?? '']
        .filter(Boolean)
        .join(', ');
      lines.push(`  Error: ${e.error.message} (${where})`);
      for (const api of e.error.apiErrors ?? []) lines.push(`    ${api}`);
      if (e.error.request) lines.push(`  Request: ${e.error.request.method} ${e.error.request.url}`);
    }
    if (e.hintId) lines.push(`  Hint: ${e.hintId}`);
    for (const item of e.problemItems) {
      lines.push(`  - ${item.label}: ${item.outcome}${item.message ? ` — ${item.message}` : ''}`);
    }
  }
  return lines.join('\n');
}

async function reportEntries(entries: ActivityEntry[]): Promise<ReportEntry[]> {
  const items = await itemsByEntry(entries.map((e) => e.id as number));
  return entries.map((e) => {
    const problems = (items.get(e.id as number) ?? [])
      .filter((i) => PROBLEM_OUTCOMES.has(i.outcome) || i.error !== undefined)
      .slice(0, MAX_REPORT_ITEMS)
      .map(toItemView);
    const out: ReportEntry = {
      id: e.id as number,
      at: new Date(e.at).toISOString(),
      template: e.template,
      operation: e.operation,
      result: e.result,
      summary: e.summary,
      itemCount: e.itemCount,
      problemItems: problems,
    };
    if (e.distributor) out.distributor = e.distributor;
    if (e.error) out.error = e.error;
    if (e.hintId) out.hintId = e.hintId;
    if (e.counts) out.counts = e.counts;
    return out;
  });
}

/** The report for some entries (`entryIds`) or for a filtered range (`query`), redacted. */
export async function buildSupportReport(
  request: { entryIds?: number[]; query?: LogQuery },
  context: SupportContext,
): Promise<SupportReport> {
  const ids = request.entryIds ?? (await matchingIds(request.query ?? {}));
  const entries = await entriesById(ids.slice(0, MAX_REPORT_ENTRIES));
  const withProblems = await reportEntries(entries);
  const failures = withProblems.filter((e) => e.result !== 'success').map((e) => e.at);
  const data: ReportData = {
    generatedAt: new Date(context.now ?? Date.now()).toISOString(),
    sendTo: context.supportContact || null,
    extension: { version: context.extensionVersion },
    browser: context.browser,
    autotask: { tenantId: context.tenantId ?? null, zone: context.zoneName ?? null },
    filter: request.entryIds ? null : (request.query ?? {}),
    matchingEntries: ids.length,
    // Newest first, so the last failure listed is the earliest.
    firstErrorAt: failures.at(-1) ?? null,
    entries: withProblems,
  };
  const safe = redactDeep(data, context.secrets);
  const finish = (text: string) => {
    const known = redactText(text, context.secrets);
    return context.redactBody ? context.redactBody(known) : known;
  };
  return {
    text: finish(textOf(safe)),
    json: finish(JSON.stringify(safe, null, 2)),
    entryCount: safe.entries.length,
  };
}
