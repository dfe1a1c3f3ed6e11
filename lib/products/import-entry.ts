// A product to bring into Autotask (issue 4 §1 "New products"): a catalogue-file row, or a pasted
// SKU with the Autotask category chosen at paste time. Queued until a run creates it.
import { z } from 'zod';
import { DISTRIBUTORS } from '../distributor/registry';

const text = (max: number) => z.string().trim().max(max).optional();
const money = z.number().nonnegative().max(10_000_000).optional();

export const importEntrySchema = z
  .object({
    sku: z.string().trim().min(1).max(50),
    /**
     * Registry id of the distributor whose SKU this is (the import asks). Entries queued before
     * distributors were told apart have none: they are the registry's first distributor's.
     */
    distributor: z.string().trim().min(1).max(40).optional(),
    mfgPartNumber: text(100),
    manufacturer: text(100),
    description: text(2000),
    /** The distributor's category, mapped to an Autotask category by the settings. */
    category: text(100),
    /** Chosen at paste time: an Autotask product category label, used as is. */
    autotaskCategory: text(100),
    cost: money,
    msrp: money,
  })
  .strict();
export type ImportEntry = z.infer<typeof importEntrySchema>;

/** One import message carries at most this many entries (a 10,000-row catalogue fits in one). */
export const IMPORT_MAX = 20_000;

/** Where queued entries wait (the host store's meta, lib/products/store.ts; memory in the bench). */
export interface ImportQueue {
  /** The oldest `n` entries. */
  peek(n: number): Promise<ImportEntry[]>;
  size(): Promise<number>;
  /**
   * Called inside the checkpoint's transaction: the entries of a committed page leave the queue
   * (only `distributor`'s entries when it is given).
   */
  remove(skus: readonly string[], distributor?: string): Promise<void>;
}

/** The distributor an entry is for; a missing field means the registry's first (see the schema). */
export const entryDistributor = (entry: ImportEntry): string => entry.distributor ?? DISTRIBUTORS[0]!.id;

/** Keeps the entries `distributor` does not take, given the SKUs it took. */
export function keepOthers(
  entries: readonly ImportEntry[],
  skus: readonly string[],
  distributor?: string,
): ImportEntry[] {
  const gone = new Set(skus);
  return entries.filter(
    (e) => !gone.has(e.sku) || (distributor !== undefined && entryDistributor(e) !== distributor),
  );
}

/** One distributor's entries as a queue of their own: what that distributor's create pass works through. */
export function queueFor(queue: ImportQueue, distributor: string): ImportQueue {
  const mine = async () =>
    (await queue.peek(Number.MAX_SAFE_INTEGER)).filter((e) => entryDistributor(e) === distributor);
  return {
    peek: async (n) => (await mine()).slice(0, n),
    size: async () => (await mine()).length,
    remove: (skus) => queue.remove(skus, distributor),
  };
}

export function memoryQueue(entries: ImportEntry[] = []): ImportQueue & { entries: ImportEntry[] } {
  const q = {
    entries: [...entries],
    peek: async (n: number) => q.entries.slice(0, n),
    size: async () => q.entries.length,
    async remove(skus: readonly string[], distributor?: string) {
      q.entries = keepOthers(q.entries, skus, distributor);
    },
  };
  return q;
}

const entryKey = (e: ImportEntry) => `${entryDistributor(e)}\u0000${e.sku}`;

/** Appends, replacing an earlier queued entry for the same distributor and SKU. */
export function mergeEntries(queued: readonly ImportEntry[], added: readonly ImportEntry[]): ImportEntry[] {
  const byKey = new Map(queued.map((e) => [entryKey(e), e]));
  for (const entry of added) byKey.set(entryKey(entry), entry);
  return [...byKey.values()];
}
