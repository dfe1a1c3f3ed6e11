// A sync template declares what it is and how it runs; the engine (engine.ts) gives it settings, a
// checkpoint, progress and the log. Shape borrowed from refined-github's define-feature files and
// the airbyte CDK's checkpointed streams (STYLE.md §2, §9).
import { z } from 'zod';
import type { NewActivityEntry, NewActivityItem } from '../log/activity';
import type { ActivityResult, OperationType } from '../db/records';
import type { SyncServices } from './services';

/** Every template's settings carry `enabled`; the rest is the template's own. */
export interface TemplateSettingsBase {
  enabled: boolean;
}

/** Every N minutes, or once a day at a local time 'HH:MM'. */
export type Schedule = { periodInMinutes: number } | { dailyAt: string };

export const scheduleSchema = z.union([
  // Chrome's minimum alarm period for packed extensions is 30 s (unpacked ones may go lower).
  z
    .object({
      periodInMinutes: z
        .number()
        .min(0.5)
        .max(7 * 24 * 60),
    })
    .strict(),
  z.object({ dailyAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }).strict(),
]);

export type RunTrigger = 'schedule' | 'manual' | 'resume';

export interface RunContext<S, C> {
  readonly templateId: string;
  readonly runId: string;
  readonly trigger: RunTrigger;
  readonly settings: S;
  readonly checkpoint: {
    /** The cursor of the last committed page of an unfinished earlier run, if any. */
    load(): Promise<C | undefined>;
    /**
     * Call only after the page this cursor covers is committed (written to Autotask, say). Local
     * writes that must land with it go in `alsoWrite`: it runs inside the same IndexedDB
     * transaction (tables runs, skuState, outbox, meta) and must not await network I/O.
     */
    save(value: C, alsoWrite?: () => Promise<void>): Promise<void>;
  };
  progress(done: number, total: number): Promise<void>;
  /** API clients and the budget gate (services.ts); throws when the background provided none. */
  readonly services: SyncServices;
  log(entry: Omit<NewActivityEntry, 'template'>, items?: readonly NewActivityItem[]): Promise<number>;
}

export type RunOutcome =
  | { result: ActivityResult; summary?: string }
  /** Stopped on purpose (e.g. the API budget is spent); continues from the checkpoint later. */
  | { result: 'paused'; resumeAfterMs: number; summary?: string };

export interface TemplateDefinition<S extends TemplateSettingsBase = TemplateSettingsBase, C = unknown> {
  id: string;
  name: string;
  /** The operation type of the log entries a failed run writes. */
  operation: OperationType;
  settingsSchema: z.ZodType<S>;
  defaultSettings: S;
  /** When given, a stored checkpoint that no longer parses is dropped and the run starts afresh. */
  checkpointSchema?: z.ZodType<C>;
  schedule(settings: S): Schedule | undefined;
  /** Resumable: load the checkpoint first; stop promptly when `signal` aborts. Throwing = failed run. */
  run(ctx: RunContext<S, C>, signal: AbortSignal): Promise<RunOutcome | void>;
}

// Variance escape hatch for the registry: it stores templates of every settings type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTemplate = TemplateDefinition<any, any>;

/** Ids double as alarm names and storage keys, and `templates.runNow` allows at most 60 characters. */
const ID = /^[a-z][a-z0-9-]{0,59}$/;

export function defineTemplate<S extends TemplateSettingsBase, C = unknown>(
  def: TemplateDefinition<S, C>,
): TemplateDefinition<S, C> {
  if (!ID.test(def.id)) throw new Error(`Template id "${def.id}" must be kebab-case, at most 60 characters.`);
  const defaults = def.settingsSchema.safeParse(def.defaultSettings);
  if (!defaults.success)
    throw new Error(`Template "${def.id}": defaultSettings do not match settingsSchema.`);
  return Object.freeze({ ...def });
}
