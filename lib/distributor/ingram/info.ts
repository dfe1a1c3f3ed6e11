// Ingram Micro as the registry knows it (lib/distributor/module.ts DistributorInfo): its Reseller API
// account fields (APIS.md §2.1), its hints and its rules for product keys and ship-to. Data only.
import type { DistributorInfo } from '../module';
import { INGRAM_ID, INGRAM_NAME } from './errors';
import { INGRAM_HINTS } from './hints';

export const ingramInfo: DistributorInfo = {
  id: INGRAM_ID,
  label: INGRAM_NAME,
  vendorNamePattern: /ingram/i,
  fields: [
    { name: 'clientId', label: 'Client ID', kind: 'text', autoComplete: 'username' },
    { name: 'clientSecret', label: 'Client secret', kind: 'secret', autoComplete: 'current-password' },
    { name: 'customerNumber', label: 'Customer number', kind: 'text' },
    {
      name: 'countryCode',
      label: 'Country',
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
        { value: 'sandbox', label: 'Sandbox' },
      ],
    },
  ],
  secretFields: ['clientSecret'],
  describe: (account) =>
    `customer ${account.customerNumber ?? '?'} (${account.countryCode ?? '?'}, ${account.environment ?? '?'})`,
  externalKeyPrefix: 'INGRAM:',
  shipToCountry: (account) => account.countryCode ?? 'US',
  // [assumption] APIS.md §2.4: a carrier code is optional on order create; '' lets Ingram choose.
  defaultShipMethod: '',
  hints: INGRAM_HINTS,
};
