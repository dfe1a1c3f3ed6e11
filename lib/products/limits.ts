// Product Sync's numbers, one place (issue 4). API limits themselves live in lib/autotask/limits.ts.
import {
  OR_CONDITIONS_MAX,
  PAGE_SIZE_MAX,
  TENANT_CEILING,
  THRESHOLD_SAMPLE_INTERVAL_MS,
} from '../autotask/limits';

/** One committed page = one ProductVendors read of ≤ 500 rows (API.md §2.2) and one `in` read of ≤ 500 ids. */
export const PAGE_ROWS = Math.min(PAGE_SIZE_MAX, OR_CONDITIONS_MAX);

/**
 * Pages in flight at once. Reads of the next pages overlap the writes of earlier ones so that every
 * entity's 3 request slots (API.md §3) stay busy; pages still commit in order.
 */
export const PAGES_IN_FLIGHT = 8;

/** ProductVendors pages read ahead of the pages being written (≤ 10,000 rows held in memory). */
export const READ_AHEAD = 20;

/**
 * A write refused with 429 or `Itgenatr005` was not processed (API.md §1.3, §3), so it may be sent
 * again; this many attempts in all before the run pauses instead.
 */
export const WRITE_ATTEMPTS = 6;
export const WRITE_BACKOFF_MS = 1_000;
export const WRITE_BACKOFF_MAX_MS = 60_000;

/** The tenant gate (issue 2 §2): never plan a page that would take the tenant above this share. */
export const TENANT_SHARE_MAX = TENANT_CEILING;
/** ThresholdInformation counts as a call (API.md §3): sampled at most this often during a run. */
export const TENANT_SAMPLE_MS = THRESHOLD_SAMPLE_INTERVAL_MS;
/** How long a run waits when the tenant has no headroom. */
export const TENANT_WAIT_MS = THRESHOLD_SAMPLE_INTERVAL_MS;

/** The per-run cap counts calls over this rolling window, like Autotask's threshold (API.md §3). */
export const CAP_WINDOW_MS = 60 * 60_000;

/** A stored sync older than this is "stale": a daily schedule plus a half-day margin. */
export const STALE_AFTER_MS = 36 * 60 * 60_000;

/** Distributor prices for sync status are reused this long (issue 4 §3: "cached for a few minutes"). */
export const PRICE_CACHE_MS = 5 * 60_000;

/** Outcomes kept for Preview's "first changes". */
export const PREVIEW_CHANGES = 20;

/** Autotask product name length (entity field info: Products.name, 100). */
export const PRODUCT_NAME_MAX = 100;
