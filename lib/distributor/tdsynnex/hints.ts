// TD SYNNEX's own hints: its login and its XML access. The hints every distributor shares (unknown
// SKU, out of stock, on hold, unavailable…) are in the catalogue with `{distributor}` for the label.
import type { HintEntry } from '../../errors/hint-types';

const code = (c: string): RegExp => new RegExp(`^${c}$`, 'i');

export const TDSYNNEX_HINTS: readonly HintEntry[] = [
  {
    id: 'tdsynnex-login',
    title: 'TD SYNNEX login failed',
    cause:
      'TD SYNNEX refused the customer number, EC Express user ID or password (its errorDetail says so), or the password expired.',
    resolution:
      'Sign in to EC Express with the same user to check the password, then Reconnect TD SYNNEX with the customer number, user ID and current password.',
    action: { id: 'reconnect-distributor', label: 'Reconnect TD SYNNEX', distributor: 'tdsynnex' },
    match: [
      { service: 'distributor', distributor: 'tdsynnex', kind: 'auth' },
      { service: 'distributor', distributor: 'tdsynnex', code: code('login-failed') },
    ],
  },
  {
    id: 'tdsynnex-no-access',
    title: 'The TD SYNNEX account is not enabled for XML ordering',
    cause: 'The EC Express user exists but is not allowed to use the XML price, order or status services.',
    resolution:
      'Ask your TD SYNNEX representative to enable XML (EC Express B2B) access for this user and customer number.',
    action: { id: 'open-help', label: 'Open help' },
    match: [
      { service: 'distributor', distributor: 'tdsynnex', kind: 'permission' },
      { service: 'distributor', distributor: 'tdsynnex', code: code('no-access') },
    ],
  },
];
