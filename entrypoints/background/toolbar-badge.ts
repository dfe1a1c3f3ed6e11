// The toolbar badge (issue 13 §3): failed and partial entries since the popup was last opened. The
// count always comes from the database (lib/log/unseen.ts), never from a counter in this worker, so
// a restarted worker shows the same number; it is recomputed at every worker start (which also
// catches entries another context appended), after each failed or partial append in this worker,
// and when the popup marks the log seen ('log.seen'). action.setBadgeText, setBadgeBackgroundColor,
// setBadgeTextColor and setTitle need no permission, in Chrome and in Firefox MV3.
// With a team runner connected, its failed and partial entries since the same mark are added
// (lib/runner-client/unseen.ts): asked for at every worker start and by an alarm every few minutes.
import { browser } from 'wxt/browser';
import { onEntryAppended } from '../../lib/log/appended';
import { badgeView } from '../../lib/log/badge-view';
import type { BadgeView } from '../../lib/log/badge-view';
import { markSeen, seenMark, unseenCounts } from '../../lib/log/unseen';
import type { UnseenCounts } from '../../lib/log/unseen';
import { teamRunner } from '../../lib/settings/settings';
import {
  NONE,
  RUNNER_BADGE_ALARM,
  RUNNER_BADGE_MINUTES,
  runnerUnseenCounts,
} from '../../lib/runner-client/unseen';
import { runnerDeps } from './runner-deps';

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
/** The runner's count as last asked; a poll begun before the popup's mark moved is not applied. */
let runnerCounts: UnseenCounts = NONE;
let markMoves = 0;

/**
 * Counts and shows. Calls that arrive while a count runs share one count that starts after it, so a
 * burst of appends costs at most two queries and the badge never shows an older count last.
 */
export function refreshBadge(): Promise<UnseenCounts> {
  if (waiting) return waiting;
  const next = last.then(async () => {
    waiting = undefined;
    const own = await unseenCounts();
    const counts = { failed: own.failed + runnerCounts.failed, partial: own.partial + runnerCounts.partial };
    await show(badgeView(counts));
    return counts;
  });
  waiting = next;
  last = next.catch(() => undefined);
  return next;
}

/** The popup was opened: everything logged until now is seen, and the badge clears. */
export async function markLogSeen(now: number = Date.now()): Promise<UnseenCounts> {
  markMoves += 1;
  runnerCounts = NONE;
  await markSeen(now);
  return refreshBadge();
}

/** Asks the runner for its count (none without a runner); a runner away keeps its last count. */
export async function refreshRunnerCounts(): Promise<UnseenCounts> {
  const asked = markMoves;
  try {
    const counts = await runnerUnseenCounts(runnerDeps, await seenMark());
    if (asked === markMoves) runnerCounts = counts;
  } catch (error) {
    // Options → Team runner shows why (withRunner recorded it); the badge keeps what it knew.
    console.warn('Autotask Bridge: the team runner could not be asked for its failed runs', error);
  }
  return refreshBadge();
}

/** The runner's alarm while one is connected (none otherwise), and a count now. */
export async function syncRunnerBadge(): Promise<void> {
  if (await teamRunner.getValue()) {
    await browser.alarms.create(RUNNER_BADGE_ALARM, { periodInMinutes: RUNNER_BADGE_MINUTES });
  } else {
    await browser.alarms.clear(RUNNER_BADGE_ALARM);
    runnerCounts = NONE;
  }
  await refreshRunnerCounts();
}

export async function handleRunnerBadgeAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === RUNNER_BADGE_ALARM) await refreshRunnerCounts();
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
  syncRunnerBadge().catch(failed);
}
