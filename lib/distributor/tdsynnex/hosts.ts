// Where EC Express lives (TDSYNNEX-XML.md "Hosts and paths", a fact from public clients). US and CA
// accounts are separate, and so are production and the test system: the pair picks the host.

/** Who requests and errors name: the registry id and the label (module.ts). */
export const TDSYNNEX_REF = { id: 'tdsynnex', label: 'TD SYNNEX' } as const;

export type TdSynnexRegion = 'US' | 'CA';
export type TdSynnexEnvironment = 'production' | 'test';

export const TDSYNNEX_HOSTS: Record<TdSynnexEnvironment, Record<TdSynnexRegion, string>> = {
  production: { US: 'https://ec.us.tdsynnex.com', CA: 'https://ec.ca.tdsynnex.com' },
  test: { US: 'https://testec.us.tdsynnex.com', CA: 'https://testec.ca.tdsynnex.com' },
};

/** Price & availability. */
export const PRICE_AVAILABILITY_PATH = '/SynnexXML/PriceAvailability';
/** Order submit and order status share one path; the root element's child decides which. */
export const PO_PATH = '/SynnexXML/PO';

export function tdsynnexBaseUrl(region: TdSynnexRegion, environment: TdSynnexEnvironment): string {
  return TDSYNNEX_HOSTS[environment][region];
}

/** True only for https URLs on one of the four EC Express hosts (their default port). */
export function isTdSynnexUrl(url: string): boolean {
  try {
    const origin = new URL(url).origin;
    return Object.values(TDSYNNEX_HOSTS).some((hosts) => Object.values(hosts).includes(origin));
  } catch {
    return false;
  }
}
