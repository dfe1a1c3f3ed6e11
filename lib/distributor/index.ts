// Picks the distributor adapter from the stored connection settings and gives it its own HTTP
// policy (lib/http/policy.ts) with that distributor's response classifier. Callers hold only a
// DistributorAdapter; a second distributor (Ingram Micro) adds a case here and a folder beside
// tdsynnex/, and nothing else changes.
import { createHttp } from '../http/policy';
import type { DistributorAdapter } from './adapter';
import { createTdSynnexAdapter } from './tdsynnex/adapter';
import { classifyTdSynnexResponse } from './tdsynnex/classify';
import { isTdSynnexUrl } from './tdsynnex/hosts';
import type { TdSynnexEnvironment, TdSynnexRegion } from './tdsynnex/hosts';
import { TDSYNNEX_CONCURRENCY } from './tdsynnex/limits';

export interface TdSynnexConnection {
  /** Optional: TD SYNNEX is the only distributor so far, and settings saved before this field meant it. */
  distributor?: 'tdsynnex';
  customerNo: string;
  userId: string;
  password: string;
  region: TdSynnexRegion;
  environment: TdSynnexEnvironment;
}

export type DistributorConnection = TdSynnexConnection;

export interface DistributorDeps {
  /**
   * The simulators' `fetch(req: Request)` in tests; the browser's otherwise. The policy only ever
   * calls it with a Request, so the narrower signature is all it needs.
   */
  fetch?: (req: Request) => Promise<Response>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export function createDistributorAdapter(
  connection: DistributorConnection,
  deps: DistributorDeps = {},
): DistributorAdapter {
  switch (connection.distributor ?? 'tdsynnex') {
    case 'tdsynnex': {
      const send = createHttp({
        classify: classifyTdSynnexResponse,
        maxConcurrentPerKey: TDSYNNEX_CONCURRENCY,
        // Never a redirect, never an answer from elsewhere: the XML body carries the password (issue 11 §3).
        isAllowedUrl: isTdSynnexUrl,
        ...(deps.fetch ? { fetch: deps.fetch as typeof fetch } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.random ? { random: deps.random } : {}),
      });
      const { customerNo, userId, password, region, environment } = connection;
      return createTdSynnexAdapter({ customerNo, userId, password, region, environment, send });
    }
    default:
      throw new RangeError(`Unknown distributor ${String(connection.distributor)}`);
  }
}

export type { DistributorAdapter } from './adapter';
export { classifyTdSynnexResponse } from './tdsynnex/classify';
export { redactTdSynnexBody } from './tdsynnex/redact';
