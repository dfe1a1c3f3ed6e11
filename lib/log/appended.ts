// Who hears of an entry once it is in the log, in the context that appended it (issue 13 §3: the
// worker's toolbar badge). activity.ts calls notifyAppended after the append's transaction commits,
// so a listener that reads the database sees the entry. A listener must not throw into the append:
// the entry is already written, and its caller's work succeeded.
import type { ActivityEntry } from '../db/records';

export type AppendedListener = (entry: Readonly<ActivityEntry>) => void;

const listeners = new Set<AppendedListener>();

/** Returns the unsubscribe. */
export function onEntryAppended(listener: AppendedListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyAppended(entry: Readonly<ActivityEntry>): void {
  for (const listener of listeners) {
    try {
      listener(entry);
    } catch (error) {
      console.error('Autotask Bridge: a log listener failed', error);
    }
  }
}
