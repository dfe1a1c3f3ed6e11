// The TD SYNNEX EC Express account as the options page and the runner's config take it (zod). Apart
// from info.ts, so what only names the distributor (the log page, hints) loads no zod.
import { z } from 'zod';

export const tdsynnexAccountSchema = z
  .object({
    customerNo: z.string().trim().min(1, 'Enter the customer number').max(40),
    userId: z.string().trim().min(1, 'Enter the EC Express user ID').max(200),
    password: z.string().min(1, 'Enter the password').max(500),
    region: z.enum(['US', 'CA']),
    environment: z.enum(['production', 'test']),
  })
  .strict();
