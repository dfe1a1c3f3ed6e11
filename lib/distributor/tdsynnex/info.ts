// TD SYNNEX as the registry knows it (lib/distributor/module.ts DistributorInfo): its EC Express
// account fields, its hints and its rules for product keys and ship-to. Data only.
import type { DistributorInfo } from '../module';
import { TDSYNNEX_HINTS } from './hints';
import { TDSYNNEX_REF } from './hosts';
import { DEFAULT_SHIP_METHOD } from './limits';

export const tdsynnexInfo: DistributorInfo = {
  id: TDSYNNEX_REF.id,
  label: TDSYNNEX_REF.label,
  vendorNamePattern: /synnex/i,
  fields: [
    { name: 'customerNo', label: 'Customer number', kind: 'text' },
    { name: 'userId', label: 'EC Express user ID', kind: 'text', autoComplete: 'username' },
    { name: 'password', label: 'Password', kind: 'secret', autoComplete: 'current-password' },
    {
      name: 'region',
      label: 'Region',
      kind: 'select',
      options: [
        { value: 'US', label: 'US' },
        { value: 'CA', label: 'CA' },
      ],
    },
    {
      name: 'environment',
      label: 'Environment',
      kind: 'select',
      options: [
        { value: 'production', label: 'Production' },
        { value: 'test', label: 'Test' },
      ],
    },
  ],
  secretFields: ['password'],
  describe: (account) =>
    `customer ${account.customerNo ?? '?'} (${account.region ?? '?'}, ${account.environment ?? '?'})`,
  externalKeyPrefix: 'TDSYNNEX:',
  // US and Canadian accounts are separate EC Express systems; each ships within its country.
  shipToCountry: (account) => (account.region === 'CA' ? 'CA' : 'US'),
  defaultShipMethod: DEFAULT_SHIP_METHOD,
  hints: TDSYNNEX_HINTS,
};
