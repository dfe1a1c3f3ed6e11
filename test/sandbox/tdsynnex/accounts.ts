// EC Express accounts. The login is the web-portal login (APIS.md §1.1) and US and CA accounts are
// separate, so an account belongs to one region; it works on that region's production and test hosts.
import type { SimRegion } from './catalogue';

export interface SimAccount {
  customerNo: string;
  userId: string;
  password: string;
  region: SimRegion;
}

/** The team brief's demo account. */
export const DEMO_TDSYNNEX_ACCOUNT: SimAccount = {
  customerNo: '123456',
  userId: 'ec-user@contoso-msp.example',
  password: 'demo-tds-password',
  region: 'US',
};

/** [assumption] The wording of the errorDetail for a failed login; only "login" is relied upon. */
export const LOGIN_FAILED = 'Login failed: the customer number, user ID or password is not valid.';

export interface Accounts {
  add(account: SimAccount): void;
  /** The account these credentials open in this region, or undefined. */
  authenticate(
    region: SimRegion,
    customerNo: string,
    userId: string,
    password: string,
  ): SimAccount | undefined;
  all(): SimAccount[];
}

export function createAccounts(initial: SimAccount[]): Accounts {
  const byKey = new Map<string, SimAccount>();
  const key = (region: SimRegion, customerNo: string) => `${region}:${customerNo.trim()}`;
  const accounts: Accounts = {
    add: (account) => byKey.set(key(account.region, account.customerNo), { ...account }),
    authenticate(region, customerNo, userId, password) {
      const account = byKey.get(key(region, customerNo));
      if (!account) return undefined;
      // User IDs are e-mail addresses: compared without case. Passwords exactly.
      const sameUser = account.userId.toLowerCase() === userId.trim().toLowerCase();
      return sameUser && account.password === password ? account : undefined;
    },
    all: () => [...byKey.values()],
  };
  initial.forEach(accounts.add);
  return accounts;
}
