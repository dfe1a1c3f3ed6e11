// The Ingram Micro Reseller API account (APIS.md §2.1) as the options page and the runner's config
// take it (zod). Apart from info.ts, so what only names the distributor (the log page, hints) loads no zod.
import { z } from 'zod';

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
