// Ingram Micro API apps of the simulator: an OAuth client (id + secret) belongs to one reseller
// account (customer number + country). `netTerms: false` is an account without trade credit, which
// Ingram requires for API orders (IM-SPEC order create description).

export interface IngramSimAccount {
  clientId: string;
  clientSecret: string;
  customerNumber: string;
  countryCode: string;
  netTerms: boolean;
}

export const DEMO_INGRAM_ACCOUNT: IngramSimAccount = {
  clientId: 'demo-ingram-client-id',
  clientSecret: 'demo-ingram-client-secret-0123456789',
  customerNumber: '20-222222',
  countryCode: 'US',
  netTerms: true,
};

/** An account that may look up prices but not order: no net terms. */
export const NO_TERMS_INGRAM_ACCOUNT: IngramSimAccount = {
  clientId: 'no-terms-client-id',
  clientSecret: 'no-terms-client-secret-9876543210',
  customerNumber: '20-333333',
  countryCode: 'US',
  netTerms: false,
};

export interface IngramAccounts {
  add(account: IngramSimAccount): void;
  byClient(clientId: string, clientSecret: string): IngramSimAccount | undefined;
  all(): IngramSimAccount[];
}

export function createIngramAccounts(initial: IngramSimAccount[]): IngramAccounts {
  const byId = new Map<string, IngramSimAccount>();
  const accounts: IngramAccounts = {
    add: (account) => byId.set(account.clientId, { ...account }),
    byClient(clientId, clientSecret) {
      const account = byId.get(clientId);
      return account && account.clientSecret === clientSecret ? account : undefined;
    },
    all: () => [...byId.values()],
  };
  initial.forEach(accounts.add);
  return accounts;
}
