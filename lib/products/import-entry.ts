// A product to bring into Autotask (issue 4 §1 "New products"): a catalogue-file row, or a pasted
// SKU with the Autotask category chosen at paste time. Queued until a run creates it.
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max).optional();
const money = z.number().nonnegative().max(10_000_000).optional();

export const importEntrySchema = z
  .object({
    sku: z.string().trim().min(1).max(50),
    mfgPartNumber: text(100),
    manufacturer: text(100),
    description: text(2000),
    /** TD SYNNEX's category, mapped to an Autotask category by the settings. */
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

/** Where queued entries wait (db.meta in the extension, memory in the bench). */
export interface ImportQueue {
  /** The oldest `n` entries. */
  peek(n: number): Promise<ImportEntry[]>;
  size(): Promise<number>;
  /** Called inside the checkpoint's transaction: the entries of a committed page leave the queue. */
  remove(skus: readonly string[]): Promise<void>;
}

export function memoryQueue(entries: ImportEntry[] = []): ImportQueue & { entries: ImportEntry[] } {
  const q = {
    entries: [...entries],
    peek: async (n: number) => q.entries.slice(0, n),
    size: async () => q.entries.length,
    async remove(skus: readonly string[]) {
      const gone = new Set(skus);
      q.entries = q.entries.filter((e) => !gone.has(e.sku));
    },
  };
  return q;
}

/** Appends, replacing an earlier queued entry for the same SKU. */
export function mergeEntries(queued: readonly ImportEntry[], added: readonly ImportEntry[]): ImportEntry[] {
  const bySku = new Map(queued.map((e) => [e.sku, e]));
  for (const entry of added) bySku.set(entry.sku, entry);
  return [...bySku.values()];
}
