// Wires 'log.supportReport' (issue 6 §3) to lib/log/support-report: the tenant from the connection
// view, the version from the manifest, and the stored secrets from the vault — passed in only so the
// redactor can remove them exactly; they are never part of the report.
import { browser } from 'wxt/browser';
import { buildSupportReport } from '../../lib/log/support-report';
import { supportContact } from '../../lib/settings/settings';
import type { ConnectionDeps } from '../../lib/connections/ports';
import type { PayloadOf } from '../../lib/messaging/protocol';
import type { SupportReport } from '../../lib/messaging/results';

export async function supportReportFor(
  request: PayloadOf<'log.supportReport'>,
  deps: Pick<ConnectionDeps, 'secrets' | 'views'>,
): Promise<SupportReport> {
  const [autotask, autotaskSecrets, tdsynnexSecrets, contact] = await Promise.all([
    deps.views.autotask.getValue(),
    deps.secrets.load('autotask'),
    deps.secrets.load('tdsynnex'),
    supportContact.getValue(),
  ]);
  const secrets = [autotaskSecrets?.secret, autotaskSecrets?.integrationCode, tdsynnexSecrets?.password];
  return buildSupportReport(request, {
    tenantId: autotask.tenantId,
    zoneName: autotask.zoneName,
    supportContact: contact,
    extensionVersion: browser.runtime.getManifest().version,
    browser: navigator.userAgent,
    secrets: secrets.filter((s): s is string => typeof s === 'string' && s !== ''),
  });
}
