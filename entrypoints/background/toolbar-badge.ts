// The toolbar badge (issue 13 §3): failed and partial entries since the popup was last opened. The
// count always comes from the database (lib/log/unseen.ts), never from a counter in this worker, so
// a restarted worker shows the same number; it is recomputed at every worker start (which also
// catches entries another context appended), after each failed or partial append in this worker,
// and when the popup marks the log seen ('log.seen'). action.setBadgeText, setBadgeBackgroundColor,
// setBadgeTextColor and setTitle need no permission, in Chrome and in Firefox MV3.
import { browser } from 'wxt/browser';
import { onEntryAppended } from '../../lib/log/appended';
import { badgeView } from '../../lib/log/badge-view';
import type { BadgeView } from '../../lib/log/badge-view';
import { markSeen, unseenCounts } from '../../lib/log/unseen';
import type { UnseenCounts } from '../../lib/log/unseen';

async function show(view: BadgeView): Promise<void> {
  const { action } = browser;
  await Promise.all([
    action.setBadgeText({ text: view.text }),
    action.setBadgeBackgroundColor({ color: view.background }),
    // Chrome 110+ and Firefox; older Chrome picks a contrasting colour itself.
    action.setBadgeTextColor?.({ color: view.textColor }),
    action.setTitle({ title: view.title }),
  ]);
}

let waiting: Promise<UnseenCounts> | undefined;
let last: Promise<unknown> = Promise.resolve();

/**
 * Counts and shows. Calls that arrive while a count runs share one count that starts after it, so a
 * burst of appends costs at most two queries and the badge never shows an older count last.
 */
export function refreshBadge(): Promise<UnseenCounts> {
  if (waiting) return waiting;
  const next = last.then(async () => {
    waiting = undefined;
    const counts = await unseenCounts();
    await show(badgeView(counts));
    return counts;
  });
  waiting = next;
  last = next.catch(() => undefined);
  return next;
}

/** The popup was opened: everything logged until now is seen, and the badge clears. */
export async function markLogSeen(now: number = Date.now()): Promise<UnseenCounts> {
  await markSeen(now);
  return refreshBadge();
}

const failed = (error: unknown) => console.error('Autotask Bridge: toolbar badge not updated', error);

let unwatch: (() => void) | undefined;

/** Wired at every worker start (index.ts); wiring again replaces the earlier listener. */
export function watchToolbarBadge(): void {
  unwatch?.();
  unwatch = onEntryAppended((entry) => {
    if (entry.result !== 'success') refreshBadge().catch(failed);
  });
  refreshBadge().catch(failed);
}
