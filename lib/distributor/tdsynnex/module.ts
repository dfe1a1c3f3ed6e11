// How the background builds the TD SYNNEX adapter (lib/distributor/module.ts DistributorFactory):
// the EC Express adapter over the one HTTP policy with TD SYNNEX's classifier and hosts.
import { createHttp } from '../../http/policy';
import type { DistributorFactory } from '../module';
import { createTdSynnexAdapter } from './adapter';
import { classifyTdSynnexResponse } from './classify';
import { TDSYNNEX_REF, isTdSynnexUrl } from './hosts';
import { tdsynnexAccountSchema } from './account';
import { TDSYNNEX_CONCURRENCY } from './limits';
import { redactTdSynnexBody } from './redact';

/**
 * Any SKU proves the login: EC Express answers an unknown part with a per-item "Not found", while bad
 * credentials make the whole response an `errorDetail` (TDSYNNEX-XML.md, price and availability),
 * which the adapter raises as an auth error.
 */
export const LOGIN_PROBE_SKU = '1';

export const tdsynnexFactory: DistributorFactory = {
  id: TDSYNNEX_REF.id,
  createAdapter(input, deps = {}) {
    const account = tdsynnexAccountSchema.parse(input);
    const send = createHttp({
      classify: classifyTdSynnexResponse,
      maxConcurrentPerKey: TDSYNNEX_CONCURRENCY,
      // Never a redirect, never an answer from elsewhere: the XML body carries the password (issue 11 §3).
      isAllowedUrl: isTdSynnexUrl,
      ...(deps.fetch ? { fetch: deps.fetch as typeof fetch } : {}),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    });
    return createTdSynnexAdapter({ ...account, send });
  },
  probe: (adapter, signal) => adapter.priceAvailability([{ distributorSku: LOGIN_PROBE_SKU }], signal),
  redactBody: redactTdSynnexBody,
};
