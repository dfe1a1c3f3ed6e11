// Product Sync's checkpoint (lib/sync/define-template.ts): where the run is, what it has done so far
// (the outcomes of the run's one activity entry), and the calls it spent in the last hour. Saved
// after each committed page, so a stopped worker resumes at the next page.
import { z } from 'zod';

export const outcomeSchema = z.object({
  sku: z.string(),
  outcome: z.enum(['updated', 'created', 'deactivated', 'unchanged', 'skipped', 'failed']),
  productId: z.number().int().optional(),
  message: z.string().optional(),
  hintId: z.string().optional(),
  changes: z.record(z.string(), z.string()).optional(),
  status: z.enum(['synced', 'stale', 'never', 'invalid', 'not-linked']),
  cost: z.number().optional(),
  price: z.number().optional(),
});

/** A distributor whose passes are done in this run: what the run's one activity entry reports of it. */
const finishedSchema = z.object({
  distributor: z.string(),
  outcomes: z.array(outcomeSchema),
  unchanged: z.array(z.string()).optional(),
  done: z.number().int().min(0),
  costsHidden: z.boolean().optional(),
});
export type FinishedDistributor = z.infer<typeof finishedSchema>;

export const productSyncCheckpointSchema = z.object({
  /**
   * The distributor whose passes the fields below describe (registry id). A run does each connected
   * distributor in registry order; a checkpoint saved before distributors were told apart has no
   * such field and was the registry's first distributor's.
   */
  distributor: z.string().optional(),
  /** Distributors already done in this run, in order. */
  finished: z.array(finishedSchema).optional(),
  phase: z.enum(['update', 'create']),
  /** The manufacturer-part-number match (a setting) is done for this run. */
  matched: z.boolean().optional(),
  /** ProductVendors id cursor: rows up to this id are committed. */
  afterVendorRowId: z.number().int().min(0),
  /** ProductVendors rows of the vendor when the run started (one count), and how many are committed. */
  linkedTotal: z.number().int().min(0),
  linkedRead: z.number().int().min(0),
  total: z.number().int().min(0),
  done: z.number().int().min(0),
  /** Decided on the first page: a "can't read costs" user's blank costs are never compared. */
  costsHidden: z.boolean().optional(),
  startedAt: z.number(),
  /** Epoch ms of our Autotask calls in the last hour (the per-run cap). */
  calls: z.array(z.number()),
  /** Every outcome but `unchanged`, which is by far the most common and kept as SKUs only. */
  outcomes: z.array(outcomeSchema),
  unchanged: z.array(z.string()).optional(),
  /**
   * Writes that landed in pages that could not commit (the run paused after them): when the resumed
   * run finds those SKUs unchanged, it reports these outcomes instead.
   */
  carried: z.array(outcomeSchema).optional(),
});
export type ProductSyncCheckpoint = z.infer<typeof productSyncCheckpointSchema>;

/** The run's outcomes in full, the unchanged SKUs included. */
export function allOutcomes(
  cp: Pick<ProductSyncCheckpoint, 'outcomes' | 'unchanged'>,
): z.infer<typeof outcomeSchema>[] {
  return [
    ...cp.outcomes,
    ...(cp.unchanged ?? []).map((sku) => ({ sku, outcome: 'unchanged' as const, status: 'synced' as const })),
  ];
}

export function freshCheckpoint(now: number): ProductSyncCheckpoint {
  return {
    phase: 'update',
    afterVendorRowId: 0,
    linkedTotal: 0,
    linkedRead: 0,
    total: 0,
    done: 0,
    startedAt: now,
    calls: [],
    outcomes: [],
  };
}

type Outcome = z.infer<typeof outcomeSchema>;

/** Outcomes of uncommitted pages whose writes landed (a pause stopped them), kept for the resumed run. */
export function carry(cp: ProductSyncCheckpoint, outcomes: readonly Outcome[]): void {
  const written = outcomes.filter((o) => o.outcome === 'updated' || o.outcome === 'deactivated');
  if (written.length > 0) cp.carried = [...(cp.carried ?? []), ...written];
}

/** A SKU the resumed run finds unchanged because an uncommitted page already wrote it reports that write. */
export function withCarried<O extends Outcome>(cp: ProductSyncCheckpoint, outcomes: O[]): (O | Outcome)[] {
  if (!cp.carried?.length) return outcomes;
  const carried = new Map(cp.carried.map((o) => [o.sku, o]));
  const out = outcomes.map((o) => {
    const earlier = carried.get(o.sku);
    carried.delete(o.sku);
    return o.outcome === 'unchanged' && earlier ? earlier : o;
  });
  cp.carried = [...carried.values()];
  return out;
}

/**
 * Outcomes of writes a killed process made without committing them (write-intents.ts), carried like
 * a pause's: one per SKU, a pause's own record first.
 */
export function carryRecovered(cp: ProductSyncCheckpoint, recovered: readonly Outcome[]): void {
  if (recovered.length === 0) return;
  const known = new Set((cp.carried ?? []).map((o) => o.sku));
  const added = recovered.filter((o) => !known.has(o.sku) && known.add(o.sku));
  if (added.length > 0) cp.carried = [...(cp.carried ?? []), ...added];
}
