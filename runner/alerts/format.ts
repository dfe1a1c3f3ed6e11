// The two webhook formats (issue 13 §3). The summary is the engine's text and may quote what a
// distributor or a PO said, so neither format lets it become markup:
// - Slack: mrkdwn parses `<…>` as links and mentions (`<!channel>`, `<@U123>`, `<https://x|text>`);
//   escaping & < > as Slack asks (https://api.slack.com/reference/surfaces/formatting#escaping)
//   leaves no way to write one. The entry's link is a button, never mrkdwn.
// - Teams: an Adaptive Card's TextBlock and FactSet render Markdown (`[text](url)` becomes a link),
//   but a RichTextBlock's TextRun does not (https://adaptivecards.io/explorer/TextRun.html), so all
//   text goes in TextRuns.
import type { AlertMessage } from './message';
import type { WebhookKind } from './webhook';

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack's header block holds at most 150 characters of plain text. */
const MAX_HEADER = 150;

export function slackPayload(message: AlertMessage) {
  const blocks: object[] = [
    { type: 'header', text: { type: 'plain_text', text: message.title.slice(0, MAX_HEADER) } },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(message.summary) } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${escapeMrkdwn(message.templateName)} · ${message.at}` }],
    },
  ];
  if (message.hint) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${escapeMrkdwn(message.hint.title)}*\n${escapeMrkdwn(message.hint.resolution)}`,
      },
    });
  }
  if (message.link) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open the entry' }, url: message.link }],
    });
  }
  // `text` is what a notification and a client without blocks show; it is mrkdwn too.
  return { text: escapeMrkdwn(`${message.title}: ${message.summary}`), blocks };
}

const run = (text: string, style: object = {}) => ({ type: 'TextRun', text, ...style });
const line = (...inlines: object[]) => ({ type: 'RichTextBlock', inlines });

export function teamsPayload(message: AlertMessage) {
  const body: object[] = [
    line(
      run(message.title, {
        size: 'Medium',
        weight: 'Bolder',
        color: message.result === 'failed' ? 'Attention' : 'Warning',
      }),
    ),
    line(run(message.summary)),
    line(run(`${message.templateName} · ${message.at}`, { isSubtle: true })),
  ];
  if (message.hint) {
    body.push(line(run(message.hint.title, { weight: 'Bolder' })), line(run(message.hint.resolution)));
  }
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    ...(message.link
      ? { actions: [{ type: 'Action.OpenUrl', title: 'Open the entry', url: message.link }] }
      : {}),
  };
  return {
    type: 'message',
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
    ],
  };
}

export function payloadFor(kind: WebhookKind, message: AlertMessage) {
  return kind === 'slack' ? slackPayload(message) : teamsPayload(message);
}
