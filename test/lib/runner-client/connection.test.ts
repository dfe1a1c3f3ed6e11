// @vitest-environment node
// The background's side of the team runner (issue 13 §2): the runner messages through the real
// router (sender checks), the vault, the settings, against the runner's real API over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../../lib/messaging/router';
import type { Reply, TeamRunnerView } from '../../../lib/messaging/results';
import { hintFor } from '../../../lib/hints/hints';
import { runnerHandlers } from '../../../lib/runner-client/handlers';
import { browserRunnerAccess } from '../../../lib/runner-client/permission';
import { teamRunner } from '../../../lib/settings/settings';
import { loadSecret } from '../../../lib/settings/vault';
import { freshDb } from '../db/fresh-db';
import { senders } from '../messaging/senders';
import { newEntry, scriptedTemplates, serveApi, TOKEN } from '../../runner/api/harness';
import type { Served } from '../../runner/api/harness';
import { installFakeAccess } from './fake-access';
import type { FakeAccess } from './fake-access';

const base = `chrome-extension://${fakeBrowser.runtime.id}`;
const pages = {
  ...senders,
  logPage: { id: fakeBrowser.runtime.id, url: `${base}/log.html`, origin: base },
  reviewWindow: { id: fakeBrowser.runtime.id, url: `${base}/review.html?poId=1042`, origin: base },
};
type SenderName = keyof typeof pages;

let served: Served;
let access: FakeAccess;
let requests: string[];
let tabMessages: unknown[];
let changes: number;

function router() {
  const counting: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return fetch(request);
  };
  return createRouter(
    runnerHandlers({
      access: browserRunnerAccess,
      extensionOrigin: base,
      fetch: counting,
      onConnectionChanged: async () => {
        changes += 1;
      },
    }),
  );
}

async function send(from: SenderName, name: string, payload: unknown): Promise<Reply<unknown>> {
  const reply = router()({ name, payload }, pages[from]);
  return (await reply) as Reply<unknown>;
}

async function ok<T>(from: SenderName, name: string, payload: unknown): Promise<T> {
  const reply = await send(from, name, payload);
  if (!reply.ok) throw new Error(`${name}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

const urlOf = (s: Served) => s.base.replace(/\/api\/v1$/, '');
const patternOf = (s: Served) => `http://${new URL(s.base).hostname}/*`;

async function everythingStored(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

beforeEach(async () => {
  await freshDb();
  served = await serveApi({
    templates: scriptedTemplates([
      { id: 'product-sync', name: 'Product Sync', enabled: true, running: false },
    ]),
  });
  access = installFakeAccess();
  requests = [];
  tabMessages = [];
  changes = 0;
  fakeBrowser.tabs.sendMessage = (async (...args: unknown[]) => {
    tabMessages.push(args);
  }) as typeof fakeBrowser.tabs.sendMessage;
});
afterEach(() => served.close());

async function connect(token = TOKEN) {
  // What the options page did first, in the click: ask the person for that one host.
  await fakeBrowser.permissions.request({ origins: [patternOf(served)] });
  return send('optionsPage', 'runner.connect', { url: urlOf(served), token });
}

describe('runner.connect', () => {
  it('checks the runner and the token, keeps the token in the vault only, and hands the schedules over', async () => {
    const reply = await connect();
    expect(reply).toMatchObject({
      ok: true,
      value: { connected: true, url: urlOf(served), reachable: true },
    });
    expect(requests).toEqual(['GET /api/v1/health', 'GET /api/v1/runs']);
    expect(await loadSecret('runner')).toEqual({ token: TOKEN });
    expect(await teamRunner.getValue()).toMatchObject({ url: urlOf(served), pattern: patternOf(served) });
    expect(changes).toBe(1);
    // Not in chrome.storage (content scripts read it), not in the reply, not to any tab.
    expect(await everythingStored()).not.toContain(TOKEN);
    expect(JSON.stringify(reply)).not.toContain(TOKEN);
    expect(JSON.stringify(tabMessages)).not.toContain(TOKEN);
    expect(tabMessages).toEqual([]);
  });

  it('sends nothing to an address the person did not allow', async () => {
    const reply = await send('optionsPage', 'runner.connect', { url: urlOf(served), token: TOKEN });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('runner-access-refused');
    expect(hintFor(reply.error).id).toBe('runner-access-refused');
    expect(requests).toEqual([]);
    expect(await teamRunner.getValue()).toBeNull();
    expect(await loadSecret('runner')).toBeUndefined();
  });

  it('stores nothing when the runner refuses the token', async () => {
    const reply = await connect('wrong-token-0123456789');
    expect(reply).toMatchObject({ ok: false, error: { code: 'runner-token-refused', status: 401 } });
    expect(await teamRunner.getValue()).toBeNull();
    expect(await loadSecret('runner')).toBeUndefined();
    expect(changes).toBe(0);
  });

  it('refuses a plain-http address off this machine before asking anything', async () => {
    const reply = await send('optionsPage', 'runner.connect', {
      url: 'http://runner.contoso.example',
      token: TOKEN,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'runner-not-https' } });
    expect(requests).toEqual([]);
  });
});

describe('runner.disconnect', () => {
  it('forgets the token and the address, and gives back exactly the access it was given', async () => {
    await connect();
    const view = await ok<TeamRunnerView>('optionsPage', 'runner.disconnect', {});
    expect(view).toEqual({ connected: false, extensionOrigin: base });
    expect(access.removed).toEqual([[patternOf(served)]]);
    expect(access.granted.size).toBe(0);
    expect(await loadSecret('runner')).toBeUndefined();
    expect(await teamRunner.getValue()).toBeNull();
    expect(changes).toBe(2);
  });
});

describe('reading through the runner', () => {
  it('answers runner.log from the runner’s API, entries marked as the runner’s', async () => {
    await served.store.log.appendEntry(newEntry({ at: Date.UTC(2026, 2, 1, 2), summary: 'nightly sync' }));
    await connect();
    const page = await ok<{ entries: { summary: string; origin: string }[]; total: number }>(
      'logPage',
      'runner.log',
      { query: { template: 'product-sync' }, offset: 0, limit: 20 },
    );
    expect(page.total).toBe(1);
    expect(page.entries).toMatchObject([{ summary: 'nightly sync', origin: 'runner' }]);
  });

  it('answers runner.daily with the runner’s counts of the days the page sent', async () => {
    const day = Date.UTC(2026, 2, 1);
    await served.store.log.appendEntry(newEntry({ at: day + 1, result: 'failed' }));
    await connect();
    for (const from of ['popup', 'logPage', 'optionsPage'] as const) {
      expect(await ok(from, 'runner.daily', { starts: [day - 1, day] })).toEqual([
        { day: day - 1, success: 0, partial: 0, failed: 0 },
        { day, success: 0, partial: 0, failed: 1 },
      ]);
    }
    const refused = await send('logPage', 'runner.daily', { starts: [day, day - 1] });
    expect(refused).toMatchObject({ ok: false });
  });

  it('says "not connected" with its hint before any runner is', async () => {
    const reply = await send('popup', 'runner.log', { query: {} });
    expect(reply).toMatchObject({ ok: false, error: { code: 'runner-not-connected' } });
    expect(hintFor((reply as { error: unknown }).error).id).toBe('runner-not-connected');
  });

  it('records a runner that stopped answering, with the error Options shows', async () => {
    await connect();
    await served.close();
    const view = await ok<TeamRunnerView>('optionsPage', 'runner.status', { check: true });
    expect(view).toMatchObject({
      connected: true,
      reachable: false,
      lastError: { code: 'runner-unreachable' },
    });
    served = await serveApi(); // for afterEach to close
  });
});

describe('who may send the runner messages', () => {
  it.each([
    ['sidebar', 'runner.log', { query: {} }],
    ['sidebar', 'runner.daily', { starts: [0] }],
    ['sidebar', 'runner.runNow', { template: 'product-sync' }],
    ['sidebar', 'runner.connect', { url: 'https://evil.example', token: 'x' }],
    ['sidebar', 'runner.disconnect', {}],
    ['contentScript', 'runner.status', {}],
    ['reviewWindow', 'runner.log', { query: {} }],
    ['reviewWindow', 'runner.daily', { starts: [0] }],
    ['reviewWindow', 'runner.runNow', { template: 'product-sync' }],
    ['popup', 'runner.connect', { url: 'https://evil.example', token: 'x' }],
    ['popup', 'runner.disconnect', {}],
    ['logPage', 'runner.runNow', { template: 'product-sync' }],
    ['logPage', 'runner.disconnect', {}],
  ] as const)('refuses %s sending %s', async (from, name, payload) => {
    await connect();
    requests = [];
    const reply = await send(from, name, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'sender-not-allowed' } });
    expect(requests).toEqual([]);
    expect(await loadSecret('runner')).toEqual({ token: TOKEN });
  });

  it('lets the popup and options start a run, and the popup, log page and options read', async () => {
    await connect();
    expect(await ok('popup', 'runner.runNow', { template: 'product-sync' })).toEqual({ started: true });
    expect(await ok('optionsPage', 'runner.runNow', { template: 'product-sync' })).toEqual({
      started: false,
    });
    for (const from of ['popup', 'logPage', 'optionsPage'] as const) {
      expect(await ok(from, 'runner.runs', {})).toMatchObject([{ id: 'product-sync' }]);
    }
  });
});
