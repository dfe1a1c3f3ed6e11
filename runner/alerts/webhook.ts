// The alert webhook (issue 13 §3): where failed runs are posted, and in which of the two formats. The
// URL is a secret — anyone holding it can post into the team's channel — so no error thrown here
// quotes it, and it must be https (a loopback address may be plain http: a local relay, a test).
export type WebhookKind = 'slack' | 'teams';

export interface Webhook {
  url: string;
  kind: WebhookKind;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The format from the URL's host: Slack's incoming webhooks are on hooks.slack.com; Teams' are
 * Office 365 connectors (<tenant>.webhook.office.com) or Power Automate / Teams Workflows
 * (*.logic.azure.com, and the newer *.environment.api.powerplatform.com). Any other host: undefined,
 * and the configuration must say which.
 */
export function inferWebhookKind(url: URL): WebhookKind | undefined {
  const host = url.hostname.toLowerCase();
  if (host === 'hooks.slack.com') return 'slack';
  if (['.webhook.office.com', '.logic.azure.com', '.powerplatform.com'].some((s) => host.endsWith(s))) {
    return 'teams';
  }
  return undefined;
}

/** The configured webhook, checked once at start-up: a stated kind wins over the host's. */
export function parseWebhook(url: string, kind?: WebhookKind): Webhook {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('The alert webhook URL is not a valid URL.');
  }
  const secure =
    parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname));
  if (!secure) throw new Error('The alert webhook URL must use https.');
  const chosen = kind ?? inferWebhookKind(parsed);
  if (!chosen) {
    throw new Error(
      "The alert webhook's format cannot be told from its host: set its kind to 'slack' or 'teams'.",
    );
  }
  return { url: parsed.toString(), kind: chosen };
}
