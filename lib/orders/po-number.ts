// The distributor PO number is the idempotency key of an order (issue 3 §3): derived from the
// Autotask tenant and purchase order, so every browser derives the same number for the same PO and
// two tenants sharing one distributor account never collide.
// `AT<ci>-<poId>` for the first submission, `AT<ci>-<poId>-R<n>` (n ≥ 2) for an explicit re-submission.

/** 30 characters: the common limit of the distributors' customer PO number fields (APIS.md §4.3). */
export const MAX_PO_NUMBER_LENGTH = 30;

const PATTERN = /^AT(\d+)-(\d+)(?:-R(\d+))?$/;

export function distributorPoNumber(tenantId: number, poId: number, attempt = 1): string {
  if (!Number.isSafeInteger(tenantId) || tenantId <= 0) throw new RangeError(`Bad tenant id ${tenantId}`);
  if (!Number.isSafeInteger(poId) || poId <= 0) throw new RangeError(`Bad purchase order id ${poId}`);
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new RangeError(`Bad attempt ${attempt}`);
  const value = `AT${tenantId}-${poId}${attempt > 1 ? `-R${attempt}` : ''}`;
  if (value.length > MAX_PO_NUMBER_LENGTH) throw new RangeError(`PO number ${value} is over 30 characters`);
  return value;
}

/** The parts of a number this extension derived, or undefined for any other text. */
export function parseDistributorPoNumber(
  value: string,
): { tenantId: number; poId: number; attempt: number } | undefined {
  const match = PATTERN.exec(value.trim());
  if (!match) return undefined;
  return { tenantId: Number(match[1]), poId: Number(match[2]), attempt: match[3] ? Number(match[3]) : 1 };
}
