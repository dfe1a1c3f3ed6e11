// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlerts, type AlertDeps, type AlertOutcome } from '../../../runner/alerts/notify';
import { ALERT_WINDOW_MS } from '../../../runner/alerts/throttle';
import { parseWebhook } from '../../../runner/alerts/webhook';
import { openStore } from '../../../runner/store/open';
import type { ActivityEntry } from '../../../lib/db/records';
import { createFakeStore } from '../api/fake-store';
import { startReceiver, type Receiver } from './receiver';

const T0 = Date.UTC(2026, 2, 1, 2, 0);
const linkFor = (id: number) => `https://runner.example.com/api/v1/log/${id}`;

function entry(overrides: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    id: 7,
    at: T0,
    template: 'product-sync',
    operation: 'product-sync',
    result: 'failed',
    summary: 'Product Sync stopped',
    hintId: 'autotask-unauthorized',
    keys: [],
    itemCount: 0,
    ...overrides,
  };
}

describe('failure alerts to a webhook', () => {
  let receiver: Receiver;
  let clock: number;
  let alerts: ReturnType<typeof createAlerts>;
  const make = (overrides: Partial<AlertDeps> = {}) =>
    createAlerts({
      webhook: parseWebhook(receiver.url, 'slack'),
      meta: createFakeStore().meta,
      linkFor,
      now: () => clock,
      ...overrides,
    });

  beforeEach(async () => {
    receiver = await startReceiver();
    clock = T0;
    alerts = make();
  });
  afterEach(() => receiver.close());

  it('posts a failed run as JSON to the webhook', async () => {
    expect(await alerts.alertFor(entry())).toEqual({ sent: true });
    expect(receiver.posts).toHaveLength(1);
    expect(receiver.posts[0]?.path).toBe(receiver.secretPath);
    expect(receiver.posts[0]?.contentType).toMatch(/^application\/json/);
    expect(receiver.posts[0]?.body).toMatchObject({ text: 'Product Sync — Failed: Product Sync stopped' });
  });

  it('posts the Teams card to a Teams webhook', async () => {
    alerts = make({ webhook: parseWebhook(receiver.url, 'teams') });
    await alerts.alertFor(entry());
    expect(receiver.posts[0]?.body).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
  });

  it('alerts once for two failures with the same hint within the hour, and again after it', async () => {
    expect(await alerts.alertFor(entry({ id: 1 }))).toEqual({ sent: true });
    clock += ALERT_WINDOW_MS - 1;
    expect(await alerts.alertFor(entry({ id: 2 }))).toEqual({ sent: false, reason: 'throttled' });
    expect(receiver.posts).toHaveLength(1);
    clock += 1;
    expect(await alerts.alertFor(entry({ id: 3 }))).toEqual({ sent: true });
    expect(receiver.posts).toHaveLength(2);
  });

  it('alerts once when two failures with the same hint finish at the same moment', async () => {
    const outcomes = await Promise.all([
      alerts.alertFor(entry({ id: 1 })),
      alerts.alertFor(entry({ id: 2 })),
    ]);
    expect(outcomes).toEqual([{ sent: true }, { sent: false, reason: 'throttled' }]);
    expect(receiver.posts).toHaveLength(1);
  });

  it('throttles each template and each hint on its own', async () => {
    await alerts.alertFor(entry());
    await alerts.alertFor(entry({ template: 'order-status', operation: 'status-update' }));
    await alerts.alertFor(entry({ hintId: 'rate-limited' }));
    expect(receiver.posts).toHaveLength(3);
  });

  it('alerts a partial run, and a failure without a hint by its result', async () => {
    expect(await alerts.alertFor(entry({ result: 'partial', hintId: undefined }))).toEqual({ sent: true });
    expect(await alerts.alertFor(entry({ result: 'failed', hintId: undefined }))).toEqual({ sent: true });
    expect(await alerts.alertFor(entry({ result: 'partial', hintId: undefined }))).toEqual({
      sent: false,
      reason: 'throttled',
    });
    expect(receiver.posts).toHaveLength(2);
    expect(receiver.posts[0]?.body).toMatchObject({
      text: 'Product Sync — Partial success: Product Sync stopped',
    });
  });

  it('does not alert a successful run', async () => {
    expect(await alerts.alertFor(entry({ result: 'success' }))).toEqual({
      sent: false,
      reason: 'not-a-failure',
    });
    expect(receiver.posts).toHaveLength(0);
  });

  it('sends a hostile summary escaped', async () => {
    await alerts.alertFor(entry({ summary: 'PO 12 <!channel> <https://evil.example|pay here>' }));
    const body = receiver.posts[0]?.body as { text: string };
    expect(body.text).toBe(
      'Product Sync — Failed: PO 12 &lt;!channel&gt; &lt;https://evil.example|pay here&gt;',
    );
  });

  const expectNoSecret = (outcome: AlertOutcome) => {
    const text = JSON.stringify(outcome);
    expect(text).not.toContain(receiver.secretPath);
    expect(text).not.toContain('SECRET');
    expect(text).not.toContain('127.0.0.1');
  };

  it('reports a refused post without throwing, without the URL, and lets the next failure try again', async () => {
    receiver.answer(404, 'no_service');
    const outcome = await alerts.alertFor(entry());
    expect(outcome).toEqual({
      sent: false,
      reason: 'error',
      error: {
        code: 'webhook-rejected',
        status: 404,
        message: 'The alert webhook refused the alert (404 no_service).',
      },
    });
    expectNoSecret(outcome);
    receiver.answer(200, 'ok');
    expect(await alerts.alertFor(entry())).toEqual({ sent: true });
  });

  it('posts once and does not retry, even on a 500', async () => {
    receiver.answer(500, 'Internal <b>error</b> for /services/T0SECRET');
    const outcome = await alerts.alertFor(entry());
    expect(outcome).toMatchObject({ reason: 'error', error: { code: 'webhook-rejected', status: 500 } });
    expectNoSecret(outcome);
    expect(receiver.posts).toHaveLength(1);
  });

  it('gives up on a webhook that does not answer in time', async () => {
    receiver.answer(200, 'ok', 2_000);
    alerts = make({ timeoutMs: 200 });
    const outcome = await alerts.alertFor(entry());
    expect(outcome).toMatchObject({
      sent: false,
      reason: 'error',
      error: { code: 'webhook-timeout', status: 0 },
    });
    expectNoSecret(outcome);
  });

  it('reports a receiver that is down, without throwing or quoting the URL', async () => {
    await receiver.close();
    const outcome = await alerts.alertFor(entry());
    expect(outcome).toEqual({
      sent: false,
      reason: 'error',
      error: { code: 'webhook-unreachable', status: 0, message: 'The alert webhook could not be reached.' },
    });
    expectNoSecret(outcome);
  });

  it('reports a store that cannot record the alert, without throwing', async () => {
    const meta = createFakeStore().meta;
    meta.get = async () => {
      throw new Error('meta table gone');
    };
    const outcome = await make({ meta }).alertFor(entry());
    expect(outcome).toMatchObject({ sent: false, reason: 'error', error: { code: 'alert-failed' } });
  });
});

describe('the hour survives a restart', () => {
  let dir = '';
  let receiver: Receiver;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bridge-alerts-'));
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('does not alert again after the runner restarts on the same store', async () => {
    const alertOnce = async (now: number) => {
      const store = await openStore({ dataDir: dir });
      try {
        const alerts = createAlerts({
          webhook: parseWebhook(receiver.url, 'teams'),
          meta: store.meta,
          linkFor,
          now: () => now,
        });
        return await alerts.alertFor(entry());
      } finally {
        await store.close();
      }
    };
    expect(await alertOnce(T0)).toEqual({ sent: true });
    expect(await alertOnce(T0 + 60_000)).toEqual({ sent: false, reason: 'throttled' });
    expect(await alertOnce(T0 + ALERT_WINDOW_MS)).toEqual({ sent: true });
    expect(receiver.posts).toHaveLength(2);
  }, 120_000);
});
