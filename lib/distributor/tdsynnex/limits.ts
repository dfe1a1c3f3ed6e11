// TD SYNNEX limits and defaults. Each one is a single constant so that a fact learned from the
// real service is a one-line change.

/**
 * Items per price & availability request. [assumption] TD SYNNEX publishes no limit; we use Ingram
 * Micro's published 50 (TDSYNNEX-XML.md "Price and availability"; APIS.md §4.1). The simulator
 * answers a longer list with an errorDetail.
 */
export const MAX_PRICE_BATCH = 50;

/** Requests in flight toward TD SYNNEX at once (issue 2 §3: "one constant, default 3"). */
export const TDSYNNEX_CONCURRENCY = 3;

/** Per attempt. Price lookups are quick; an order submit may take longer on TD SYNNEX's side. */
export const READ_TIMEOUT_MS = 30_000;
export const WRITE_TIMEOUT_MS = 60_000;

/** The PO number is the idempotency key; D&H caps it at 30 characters (APIS.md §4.3). */
export const MAX_PO_NUMBER_LENGTH = 30;

/**
 * A 50-item price response is tens of kilobytes; anything this large is not a real answer and is
 * refused before parsing (issue 7 §3: 10 MB bodies).
 */
export const MAX_RESPONSE_CHARS = 5_000_000;

/**
 * [assumption] Ship method when the order names none: `FG` (ground) is the code in TD SYNNEX's
 * published sample (TDSYNNEX-XML.md "Order submit").
 */
export const DEFAULT_SHIP_METHOD = 'FG';
