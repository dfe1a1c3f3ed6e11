// What an alert says (issue 13 §3), before either format dresses it: the entry's template, result,
// summary and time, the hint's title and resolution from the catalogue, and a link to the entry.
import { hintById, hintFor } from '../../lib/hints/hints';
import { resultLabel, templateLabel } from '../../lib/log/labels';
import type { ActivityEntry } from '../../lib/db/records';
import { API_PREFIX } from '../api/app';

export interface AlertMessage {
  /** "Product Sync — Failed". */
  title: string;
  result: 'failed' | 'partial';
  summary: string;
  templateName: string;
  /** ISO 8601, UTC. */
  at: string;
  hint?: { id: string; title: string; resolution: string };
  link?: string;
}

/** Caps under Slack's (3,000 characters a section) and Teams' (28 KB a message) limits. */
const MAX_SUMMARY = 1_500;
const MAX_HINT_TEXT = 1_000;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The link an alert carries: the entry in the runner's API (`<publicUrl>/api/v1/log/<id>`, which asks
 * for the token), or `<linkBase><id>` when the team has a page of its own for entries.
 */
export function entryLinks(publicUrl: string, linkBase?: string): (entryId: number) => string {
  const base = linkBase ?? `${publicUrl.replace(/\/+$/, '')}${API_PREFIX}/log/`;
  const parsed = new URL(base);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error("The alerts' entry link must be an http(s) URL.");
  }
  return (entryId) => `${base}${entryId}`;
}

/** The entry's own hint, else the catalogue's best for its error; none when it has neither. */
function hintOf(entry: ActivityEntry) {
  const hint = entry.hintId ? hintById(entry.hintId, entry.distributor) : undefined;
  return hint ?? (entry.error ? hintFor(entry.error, entry.distributor) : undefined);
}

export function alertMessage(
  entry: ActivityEntry & { result: 'failed' | 'partial' },
  linkFor: (entryId: number) => string | undefined,
): AlertMessage {
  const templateName = templateLabel(entry.template);
  const message: AlertMessage = {
    title: `${templateName} — ${resultLabel(entry.result)}`,
    result: entry.result,
    summary: clip(entry.summary, MAX_SUMMARY),
    templateName,
    at: new Date(entry.at).toISOString(),
  };
  const hint = hintOf(entry);
  if (hint) {
    message.hint = {
      id: hint.id,
      title: clip(hint.title, MAX_HINT_TEXT),
      resolution: clip(hint.resolution, MAX_HINT_TEXT),
    };
  }
  const link = entry.id === undefined ? undefined : linkFor(entry.id);
  if (link) message.link = link;
  return message;
}
