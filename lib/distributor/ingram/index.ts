// The Ingram Micro adapter's public face. Its account schema and form fields are in info.ts (the
// registry's data); module.ts builds the adapter for lib/distributor/index.ts.
export { createIngramAdapter, INGRAM_LIMIT_KEY } from './adapter';
export type { IngramAdapterOptions } from './adapter';
export { classifyIngramResponse } from './classify';
export { isIngramUrl } from './hosts';
export type { IngramEnvironment } from './hosts';
export { INGRAM_CONCURRENCY, MAX_PRICE_BATCH } from './limits';
export { redactIngramBody } from './redact';
