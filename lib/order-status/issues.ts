// Things a person must act on (a hold, a rejected line, a missing mapping row, receiving that
// Autotask refused…): each is written to the activity log once, with its hint, and kept on the
// tracked order so the sidebar shows it. A condition that goes away is cleared, so it is logged
// again if it comes back.
import type { ErrorService } from '../errors/app-error';
import type { NewActivityEntry } from '../log/activity';
import { distributorKey } from './log-keys';
import type { TrackedOrder } from './tracked';

interface Ctx {
  poNumber: string;
  label: string;
  /** The registry id of the PO's distributor: on the entry's keys and on its 'distributor' errors. */
  distributor: string;
  now: number;
  log(entry: Omit<NewActivityEntry, 'template'>): Promise<number>;
}

export function issueKeeper(tracked: TrackedOrder, ctx: Ctx) {
  let issues = [...tracked.issues];
  return {
    async notice(key: string, hintId: string, message: string, service: ErrorService, code?: string) {
      if (issues.some((i) => i.key === key)) return;
      await ctx.log({
        operation: 'status-update',
        result: 'partial',
        summary: message,
        hintId,
        keys: [ctx.poNumber, ctx.label, ...tracked.orderNumbers, distributorKey(ctx.distributor)],
        error: {
          kind: 'validation',
          service,
          ...(service === 'distributor' ? { distributor: ctx.distributor } : {}),
          status: 0,
          message,
          ...(code ? { code } : {}),
        },
      });
      issues.push({ key, at: ctx.now, hintId, message });
    },
    clear(key: string) {
      issues = issues.filter((i) => i.key !== key);
    },
    list: () => issues,
  };
}
