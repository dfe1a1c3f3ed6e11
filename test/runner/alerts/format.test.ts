// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, slackPayload, teamsPayload } from '../../../runner/alerts/format';
import { alertMessage, entryLinks } from '../../../runner/alerts/message';
import { inferWebhookKind, parseWebhook } from '../../../runner/alerts/webhook';
import { hintById } from '../../../lib/hints/hints';
import type { ActivityEntry } from '../../../lib/db/records';

const HINT_ID = 'autotask-unauthorized';
const LINK = 'https://runner.example.com/api/v1/log/42';

function failed(overrides: Partial<ActivityEntry> = {}): ActivityEntry & { result: 'failed' } {
  return {
    id: 42,
    at: Date.UTC(2026, 2, 1, 2, 0),
    template: 'product-sync',
    operation: 'product-sync',
    result: 'failed',
    summary: 'Product Sync stopped: Autotask refused the credentials',
    hintId: HINT_ID,
    keys: [],
    itemCount: 0,
    ...overrides,
  } as ActivityEntry & { result: 'failed' };
}

const linkFor = (id: number) => `https://runner.example.com/api/v1/log/${id}`;
const HOSTILE =
  'x <!channel> <@U123> <https://evil.example|click here> & [click](https://evil.example) **bold**';

describe('what an alert says', () => {
  it("takes the hint's title and resolution from the catalogue, and links the entry", () => {
    const hint = hintById(HINT_ID)!;
    expect(alertMessage(failed(), linkFor)).toEqual({
      title: 'Product Sync — Failed',
      result: 'failed',
      summary: 'Product Sync stopped: Autotask refused the credentials',
      templateName: 'Product Sync',
      at: '2026-03-01T02:00:00.000Z',
      hint: { id: HINT_ID, title: hint.title, resolution: hint.resolution },
      link: LINK,
    });
  });

  it("falls back to the catalogue's hint for the entry's error", () => {
    const message = alertMessage(
      failed({
        hintId: undefined,
        error: { kind: 'auth', service: 'autotask', status: 401, message: 'Unauthorized' },
      }),
      linkFor,
    );
    expect(message.hint?.id).toBe(HINT_ID);
  });

  it('has no hint when the entry has neither hint nor error, and no link without an id', () => {
    const message = alertMessage(failed({ hintId: undefined, id: undefined }), linkFor);
    expect(message.hint).toBeUndefined();
    expect(message.link).toBeUndefined();
  });
});

describe("the entry's link", () => {
  it("is the entry in the runner's API by default", () => {
    expect(entryLinks('https://runner.example.com/')(42)).toBe(LINK);
    expect(entryLinks('https://runner.example.com')(42)).toBe(LINK);
  });

  it("can point at a page of the team's own", () => {
    expect(entryLinks('https://runner.example.com', 'https://intranet.example.com/bridge?entry=')(42)).toBe(
      'https://intranet.example.com/bridge?entry=42',
    );
  });

  it.each(['javascript:alert(1)//', 'not a url'])('refuses %s as a link base', (base) => {
    expect(() => entryLinks('https://runner.example.com', base)).toThrow();
  });
});

describe('the Slack payload', () => {
  it('is text plus blocks: header, summary, context, hint and a button to the entry', () => {
    const payload = slackPayload(alertMessage(failed(), linkFor));
    const hint = hintById(HINT_ID)!;
    expect(payload.text).toBe(
      'Product Sync — Failed: Product Sync stopped: Autotask refused the credentials',
    );
    expect(payload.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Product Sync — Failed' } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: 'Product Sync stopped: Autotask refused the credentials' },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Product Sync · 2026-03-01T02:00:00.000Z' }] },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `*${escapeMrkdwn(hint.title)}*\n${escapeMrkdwn(hint.resolution)}` },
      },
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open the entry' }, url: LINK }],
      },
    ]);
  });

  it('escapes a hostile summary so it can neither mention nor link', () => {
    const payload = slackPayload(alertMessage(failed({ summary: HOSTILE }), linkFor));
    const json = JSON.stringify(payload);
    expect(json).not.toMatch(/[<>]/);
    expect(payload.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'x &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click here&gt; &amp; [click](https://evil.example) **bold**',
      },
    });
    expect(payload.text).toContain('&lt;!channel&gt;');
  });
});

describe('the Teams payload', () => {
  it('is an Adaptive Card 1.4 message with an Open the entry action', () => {
    const payload = teamsPayload(alertMessage(failed(), linkFor));
    expect(payload.type).toBe('message');
    expect(payload.attachments).toHaveLength(1);
    const [attachment] = payload.attachments;
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment?.content).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.4',
      actions: [{ type: 'Action.OpenUrl', title: 'Open the entry', url: LINK }],
    });
    const texts = attachment!.content.body.flatMap((block) =>
      (block as { inlines: { type: string; text: string }[] }).inlines.map((i) => [i.type, i.text]),
    );
    expect(texts).toEqual([
      ['TextRun', 'Product Sync — Failed'],
      ['TextRun', 'Product Sync stopped: Autotask refused the credentials'],
      ['TextRun', 'Product Sync · 2026-03-01T02:00:00.000Z'],
      ['TextRun', hintById(HINT_ID)!.title],
      ['TextRun', hintById(HINT_ID)!.resolution],
    ]);
  });

  it("puts a hostile summary only in TextRuns, which render no Markdown, and never in the card's markup", () => {
    const payload = teamsPayload(alertMessage(failed({ summary: HOSTILE }), linkFor));
    const body = payload.attachments[0]!.content.body as {
      type: string;
      inlines: { type: string; text: string }[];
    }[];
    expect(
      body.every((b) => b.type === 'RichTextBlock' && b.inlines.every((i) => i.type === 'TextRun')),
    ).toBe(true);
    expect(body[1]?.inlines[0]?.text).toBe(HOSTILE);
    // It stays one string value: the JSON round-trips and nothing else came in.
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
    expect(payload.attachments[0]!.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the entry', url: LINK },
    ]);
  });
});

describe('the webhook format', () => {
  it.each([
    ['https://hooks.slack.com/services/T0/B0/x', 'slack'],
    ['https://contoso.webhook.office.com/webhookb2/abc', 'teams'],
    ['https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke', 'teams'],
    ['https://default123.environment.api.powerplatform.com/powerautomate/automations/direct/abc', 'teams'],
    ['https://hooks.slack.com.evil.example/services/x', undefined],
    ['https://example.com/hook', undefined],
  ])('is told from the host of %s: %s', (url, kind) => {
    expect(inferWebhookKind(new URL(url))).toBe(kind);
  });

  it('takes a stated kind over the host', () => {
    expect(parseWebhook('https://hooks.slack.com/services/x', 'teams').kind).toBe('teams');
    expect(parseWebhook('https://relay.example.com/hook', 'slack').kind).toBe('slack');
  });

  it.each([
    ['https://relay.example.com/secret-path', undefined, /set its kind/],
    ['http://hooks.slack.com/services/secret-path', undefined, /https/],
    ['not a url secret-path', undefined, /not a valid URL/],
  ])('refuses %s without quoting it', (url, kind, why) => {
    let error: Error | undefined;
    try {
      parseWebhook(url, kind);
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toMatch(why);
    expect(error?.message).not.toContain('secret-path');
  });

  it('accepts plain http only on a loopback address', () => {
    expect(parseWebhook('http://127.0.0.1:8080/hook', 'slack').url).toBe('http://127.0.0.1:8080/hook');
  });
});
