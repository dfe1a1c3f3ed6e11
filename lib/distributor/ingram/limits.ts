// Ingram Micro limits and defaults, each one constant with its source, so a fact learned from the
// live service is a one-line change.

/** Products per price & availability call: "upto 50 products" (IM-SPEC, PNA description; APIS.md §2.2). */
export const MAX_PRICE_BATCH = 50;

/**
 * Requests in flight toward Ingram Micro. [assumption] Ingram publishes a rate (60 GETs per minute
 * per endpoint, IM-RATE, APIS.md §2.6), not a concurrency limit; 3 matches the policy's default.
 */
export const INGRAM_CONCURRENCY = 3;

/** Per attempt. An order create may take longer than a lookup. */
export const READ_TIMEOUT_MS = 30_000;
export const WRITE_TIMEOUT_MS = 60_000;

/** Header limits (IM-SPEC parameters): IM-CustomerNumber ≤ 10, IM-CorrelationID and IM-SenderID ≤ 32. */
export const MAX_CUSTOMER_NUMBER_LENGTH = 10;
export const MAX_CORRELATION_ID_LENGTH = 32;
export const MAX_SENDER_ID_LENGTH = 32;

/** `customerOrderNumber` ≤ 35 (IM-SPEC OrderCreateRequest; search parameter too). */
export const MAX_CUSTOMER_ORDER_NUMBER_LENGTH = 35;

/** `customerLineNumber`: "a unique numeric value between 1 and 884" (IM-SPEC OrderCreateRequest.lines). */
export const MAX_CUSTOMER_LINE_NUMBER = 884;

/** Ship-to field lengths (IM-SPEC OrderCreateRequest.shipToInfo). */
export const SHIP_TO_LIMITS = {
  companyName: 40,
  contact: 70,
  addressLine1: 70,
  addressLine2: 70,
  city: 25,
  state: 3,
  postalCode: 10,
  countryCode: 10,
} as const;

/** Order search page size: default 25, max 100 (IM-SPEC `/resellers/v6/orders/search`). */
export const SEARCH_PAGE_SIZE = 100;

/** A cached token is replaced this long before it expires. */
export const TOKEN_REFRESH_MARGIN_MS = 60_000;

/**
 * [decision] IM-AUTH says a token lasts 24 hours while its sample shows `expires_in` 2592000 (30
 * days); we never keep one longer than 24 hours, and use 24 hours when `expires_in` is missing.
 */
export const MAX_TOKEN_LIFETIME_MS = 24 * 60 * 60_000;

/** A price answer for 50 items is tens of kilobytes; anything this large is refused unread. */
export const MAX_RESPONSE_CHARS = 5_000_000;
