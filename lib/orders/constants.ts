// Order-submission constants (issue 3). Each is one constant so a fact learned from the real
// service is a one-line change.

/**
 * After an order-status lookup answers NOTFOUND for an order whose fate is unknown, a resend is
 * safe only after a SECOND NOTFOUND at least this long after the first (issue 3 §3): a submit that
 * is still being processed on the distributor's side may not be visible to the status query at once.
 * [assumption] No distributor documents its status query's lag; five minutes is generous.
 */
export const NOTFOUND_RECHECK_MS = 5 * 60_000;

/** A distributor price further than this from the Autotask unit cost is flagged (issue 3 §1). */
export const DEFAULT_PRICE_DRIFT_PERCENT = 5;

/** How long the background keeps a PO's last check for the sidebar and the inline badges. */
export const LAST_CHECK_TTL_MS = 24 * 60 * 60_000;

/**
 * The whole order submit, including the wait for a concurrency slot. Longer than the policy's
 * per-attempt write timeout (60 s, the distributor folder's limits) so that one wins normally.
 */
export const SUBMIT_DEADLINE_MS = 90_000;
