// Wires 'log.supportReport' (issue 6 §3) to lib/log/support-report: the tenant from the connection
// view, the version from the manifest, and the stored secrets from the vault — Autotask's and every
// registered distributor's, the team runner's token — passed in only so the redactor can remove them exactly; they are never
// part of the report.
import { browser } from 'wxt/browser';
import { redactDistributorBodies } from '../../lib/distributor/index';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import { buildSupportReport } from '../../lib/log/support-report';
import { supportContact } from '../../lib/settings/settings';
import type { ConnectionDeps } from '../../lib/connections/ports';
import type { PayloadOf } from '../../lib/messaging/protocol';
import type { SupportReport } from '../../lib/messaging/results';

/** Each distributor's secret fields (its registry entry names them) from its vault bundle. */
async function distributorSecrets(deps: Pick<ConnectionDeps, 'secrets'>): Promise<(string | undefined)[]> {
  const bundles = await Promise.all(DISTRIBUTORS.map((info) => deps.secrets.load(info.id)));
  return DISTRIBUTORS.flatMap((info, index) => {
    const bundle = bundles[index];
    return bundle ? info.secretFields.map((field) => bundle[field]) : [];
  });
}

export async function supportReportFor(
  request: PayloadOf<'log.supportReport'>,
  deps: Pick<ConnectionDeps, 'secrets' | 'views'>,
): Promise<SupportReport> {
  const [autotask, autotaskSecrets, distributors, contact, runner] = await Promise.all([
    deps.views.autotask.getValue(),
    deps.secrets.load('autotask'),
    distributorSecrets(deps),
    supportContact.getValue(),
    // The team runner's token (issue 13 §2) is no report's business either.
    deps.secrets.load('runner'),
  ]);
  const secrets = [autotaskSecrets?.secret, autotaskSecrets?.integrationCode, ...distributors, runner?.token];
  return buildSupportReport(request, {
    tenantId: autotask.tenantId,
    zoneName: autotask.zoneName,
    supportContact: contact,
    extensionVersion: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
    secrets: secrets.filter((s): s is string => typeof s === 'string' && s !== ''),
    redactBody: redactDistributorBodies,
  });
}
