// The team runner's share of the toolbar badge (issue 13 §3): its failed and partial entries since
// the popup was last opened. With a runner connected the schedules run there, so a badge that
// counted this browser's entries alone would stay blank through a night of failed runs. The count
// is the runner's own (`total` of a one-row page of its log, filtered by result and time: two small
// requests to the runner, none to Autotask), asked for by an alarm every few minutes while a runner
// is connected, and whenever the worker starts.
import type { UnseenCounts } from '../log/unseen';
import { teamRunner } from '../settings/settings';
import { withRunner } from './connection';
import type { RunnerDeps } from './connection';

export const RUNNER_BADGE_ALARM = 'runner-badge';
/** How often the runner is asked; its alerts' webhook is the fast path, the badge the reminder. */
export const RUNNER_BADGE_MINUTES = 5;

export const NONE: UnseenCounts = { failed: 0, partial: 0 };

/** The runner's failed and partial entries after `mark` (epoch ms); none without a runner or a mark. */
export async function runnerUnseenCounts(deps: RunnerDeps, mark: number | undefined): Promise<UnseenCounts> {
  if (mark === undefined || !(await teamRunner.getValue())) return NONE;
  return withRunner(deps, async (client) => {
    const total = async (result: 'failed' | 'partial') =>
      (await client.log({ result, from: mark + 1 }, { offset: 0, limit: 1 })).total;
    const [failed, partial] = await Promise.all([total('failed'), total('partial')]);
    return { failed, partial };
  });
}
