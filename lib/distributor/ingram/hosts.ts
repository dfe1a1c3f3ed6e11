// Where the Ingram Micro Reseller API lives (APIS.md §2.1, IM-README): one host, with the sandbox
// under a `/sandbox` path prefix. The OAuth token endpoint is the same for both environments.
// [decision] IM-README gives only the API prefix for the sandbox; we keep the token call on the
// unprefixed `/oauth/oauth20/token` (the spec's path) for both environments.

export type IngramEnvironment = 'sandbox' | 'production';

/** `https://api.ingrammicro.com:443/` — 443 is the default port, so the origin has none. */
export const INGRAM_ORIGIN = 'https://api.ingrammicro.com';

export const INGRAM_API_BASE: Record<IngramEnvironment, string> = {
  production: INGRAM_ORIGIN,
  sandbox: `${INGRAM_ORIGIN}/sandbox`,
};

/** OAuth2 client credentials (APIS.md §2.1; spec path `/oauth/oauth20/token`). */
export const TOKEN_URL = `${INGRAM_ORIGIN}/oauth/oauth20/token`;

export const PRICE_AVAILABILITY_PATH = '/resellers/v6/catalog/priceandavailability';
export const ORDER_CREATE_PATH = '/resellers/v6/orders';
export const ORDER_SEARCH_PATH = '/resellers/v6/orders/search';
export const orderDetailPath = (ingramOrderNumber: string) =>
  `/resellers/v6.1/orders/${encodeURIComponent(ingramOrderNumber)}`;

export function ingramApiBase(environment: IngramEnvironment): string {
  return INGRAM_API_BASE[environment];
}

/** True only for https URLs on Ingram Micro's API origin (default port). */
export function isIngramUrl(url: string): boolean {
  try {
    return new URL(url).origin === INGRAM_ORIGIN;
  } catch {
    return false;
  }
}
