// The Ingram Micro adapter's public face: the factory and the connection settings it needs.
// lib/distributor/index.ts picks it by `distributor: 'ingram'` (wired on main, not in this branch).
import { z } from 'zod';
import { MAX_CUSTOMER_NUMBER_LENGTH } from './limits';

export const IngramConnection = z
  .object({
    distributor: z.literal('ingram'),
    clientId: z.string().trim().min(1),
    clientSecret: z.string().min(1),
    customerNumber: z.string().trim().min(1).max(MAX_CUSTOMER_NUMBER_LENGTH),
    countryCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'two letters')
      .transform((code) => code.toUpperCase()),
    environment: z.enum(['sandbox', 'production']),
  })
  .strict();
export type IngramConnection = z.infer<typeof IngramConnection>;

export { createIngramAdapter, INGRAM_LIMIT_KEY } from './adapter';
export type { IngramAdapterOptions } from './adapter';
export { classifyIngramResponse } from './classify';
export { isIngramUrl } from './hosts';
export type { IngramEnvironment } from './hosts';
export { INGRAM_CONCURRENCY, MAX_PRICE_BATCH } from './limits';
export { redactIngramBody } from './redact';
