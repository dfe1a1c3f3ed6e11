// How the background builds the Ingram Micro adapter (lib/distributor/module.ts DistributorFactory):
// the Reseller API v6 adapter over the one HTTP policy with Ingram's classifier and hosts.
import { createHttp } from '../../http/policy';
import type { DistributorFactory } from '../module';
import { INGRAM_ID } from './errors';
import { INGRAM_CONCURRENCY, classifyIngramResponse, createIngramAdapter, isIngramUrl } from './index';
import { redactIngramBody } from './index';
import { ingramAccountSchema } from './account';

/**
 * One price & availability lookup of a part nobody sells proves the token and the customer number:
 * Ingram answers an unknown part as a per-item `E` (APIS.md §2.3), a refused login or customer
 * number as an error of the whole call.
 */
export const LOGIN_PROBE_PART = 'LOGIN-PROBE';

export const ingramFactory: DistributorFactory = {
  id: INGRAM_ID,
  createAdapter(input, deps = {}) {
    const account = ingramAccountSchema.parse(input);
    const send = createHttp({
      classify: classifyIngramResponse,
      maxConcurrentPerKey: INGRAM_CONCURRENCY,
      // The token call carries the client secret: never a redirect, never an answer from elsewhere.
      isAllowedUrl: isIngramUrl,
      ...(deps.fetch ? { fetch: deps.fetch as typeof fetch } : {}),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    });
    return createIngramAdapter({ ...account, send });
  },
  probe: (adapter, signal) => adapter.priceAvailability([{ distributorSku: LOGIN_PROBE_PART }], signal),
  redactBody: redactIngramBody,
};
