// Ingram Micro as the registry knows it (lib/distributor/module.ts DistributorInfo): its Reseller API
// account fields (APIS.md §2.1), its hints and its rules for product keys and ship-to. Data only.
import { z } from 'zod';
import type { DistributorInfo } from '../module';
import { INGRAM_ID, INGRAM_NAME } from './errors';
import { INGRAM_HINTS } from './hints';

export const ingramAccountSchema = z
  .object({
    clientId: z.string().trim().min(1, 'Enter the client ID').max(200),
    clientSecret: z.string().min(1, 'Enter the client secret').max(500),
    // IM-CustomerNumber is at most 10 characters, IM-CountryCode exactly 2 (APIS.md §2.1).
    customerNumber: z.string().trim().min(1, 'Enter the customer number').max(10),
    countryCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'Enter the two-letter country code')
      .transform((code) => code.toUpperCase()),
    environment: z.enum(['sandbox', 'production']),
  })
  .strict();

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
  accountSchema: ingramAccountSchema,
  secretFields: ['clientSecret'],
  describe: (account) =>
    `customer ${account.customerNumber ?? '?'} (${account.countryCode ?? '?'}, ${account.environment ?? '?'})`,
  externalKeyPrefix: 'INGRAM:',
  shipToCountry: (account) => account.countryCode ?? 'US',
  // [assumption] APIS.md §2.4: a carrier code is optional on order create; '' lets Ingram choose.
  defaultShipMethod: '',
  hints: INGRAM_HINTS,
};
