// Ingram Micro's own hints (APIS.md §2.1, §2.6): the token, the customer number, purchase
// authorisation and net terms. The hints every distributor shares are in lib/hints/catalogue.ts.
import type { HintEntry } from '../../errors/hint-types';

const ingram = { service: 'distributor', distributor: 'ingram' } as const;
const reconnect = {
  id: 'reconnect-distributor',
  label: 'Reconnect Ingram Micro',
  distributor: 'ingram',
} as const;

export const INGRAM_HINTS: readonly HintEntry[] = [
  {
    id: 'ingram-token-refused',
    title: 'Ingram Micro refused the API credentials',
    cause:
      'The OAuth token request was refused: the client ID or client secret is wrong, the secret was regenerated in the Ingram Micro developer portal, or the app is not approved for the Reseller API.',
    resolution:
      'Open your app in the Ingram Micro developer portal, copy its client ID and current client secret, then Reconnect Ingram Micro. Check you chose Sandbox or Production to match the app.',
    action: reconnect,
    match: [
      { ...ingram, kind: 'auth' },
      { ...ingram, code: /^token-refused$/i },
    ],
  },
  {
    id: 'ingram-invalid-customer',
    title: 'Ingram Micro does not know this customer number',
    cause:
      'The IM-CustomerNumber sent with every call does not match the one registered for this API app ("Invalid customer number"), or the country code is not the account\'s.',
    resolution:
      'Check the customer number and country with your Ingram Micro account team, then Disconnect and Connect Ingram Micro with the registered pair.',
    action: reconnect,
    match: [
      { ...ingram, code: /^invalid-customer$/i },
      { ...ingram, text: /invalid customer number/i },
    ],
  },
  {
    id: 'ingram-not-authorized',
    title: 'This account may not buy the product from Ingram Micro',
    cause:
      'Ingram Micro says the reseller account is not authorised to purchase this product (vendor authorisation, end-user or program requirements).',
    resolution:
      'Ask your Ingram Micro account team to authorise the product or vendor for your account, or order the line from another distributor.',
    action: { id: 'open-help', label: 'Open help' },
    match: [
      { ...ingram, code: /^not-authorized$/i },
      { ...ingram, text: /not authori[sz]ed to (purchase|buy)/i },
    ],
  },
  {
    id: 'ingram-net-terms',
    title: 'Ingram Micro needs net terms (credit) for API orders',
    cause:
      'Orders placed through the Ingram Micro API are charged to net-terms credit; card payment is not possible, and this account has no terms or has reached its credit limit.',
    resolution:
      'Ask your Ingram Micro credit team to open or raise net terms for this customer number, then submit the purchase order again.',
    action: { id: 'open-help', label: 'Open help' },
    match: [
      { ...ingram, code: /^credit-required$/i },
      { ...ingram, text: /net terms|credit (limit|hold|required)/i },
    ],
  },
];
