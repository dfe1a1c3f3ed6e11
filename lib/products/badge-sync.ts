// The PO page's inline badges carry each SKU's sync status too (issue 4 §3): one `sku.syncStatus`
// request for all the badges' SKUs, for the PO's distributor (the badges carry it), so a product
// linked to several distributors still has one badge and one status. Badges are an enhancement, so a
// failed request leaves them as they were.
import type { SkuSyncStatus } from '../db/records';
import type { SkuStatusMap } from './views';

export async function withSyncStatus<B extends { sku: string; distributor?: string }>(
  badges: B[],
  ask: (skus: string[], distributor?: string) => Promise<SkuStatusMap>,
): Promise<(B & { sync?: SkuSyncStatus })[]> {
  const skus = [...new Set(badges.map((b) => b.sku).filter((s) => s.trim() !== ''))].slice(0, 500);
  if (skus.length === 0) return badges;
  const distributor = badges.find((b) => b.distributor)?.distributor;
  try {
    const statuses = await ask(skus, distributor);
    return badges.map((b) => (statuses[b.sku] ? { ...b, sync: statuses[b.sku] } : b));
  } catch {
    return badges;
  }
}
