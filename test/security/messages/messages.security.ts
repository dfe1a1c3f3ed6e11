// Issue 7 §2: the forged and malformed message corpus sent to the real router, as the fake browser
// delivers messages (runtime.onMessage with Chrome-shaped senders). Nothing may reach a handler;
// every valid control message must (so a router that refused everything could not pass).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../../lib/messaging/router';
import type { RouterHandlers } from '../../../lib/messaging/router';
import { protocol } from '../../../lib/messaging/protocol';
import type { Reply } from '../../../lib/messaging/results';
import { senders } from '../../lib/messaging/senders';
import { recordFigure } from '../figures';
import { buildCorpus, controls, missingSample } from './corpus';
import type { SenderName } from './corpus';
import { PATH_TRICK_NAMES, PATH_TRICKS, trickSender } from './path-tricks';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const id = fakeBrowser.runtime.id;
const tab = { id: 9 } as NonNullable<Sender['tab']>;

const SENDERS: Record<SenderName, Sender> = {
  extensionPage: senders.optionsPage,
  framedSidebar: senders.sidebar,
  contentScript: senders.contentScript,
  webPage: senders.webPage,
  otherExtension: senders.foreignExtension,
  lookalikeHost: senders.lookalikeHost,
  plainHttp: senders.plainHttp,
  apiHost: senders.apiHost,
  otherPort: { id, url: 'https://ww22.autotask.net:8443/po', tab, frameId: 0 },
  userInfoUrl: { id, url: 'https://user:pw@ww22.autotask.net/po', tab, frameId: 0 },
  aboutBlankFrame: { id, url: 'about:blank', tab, frameId: 3 },
  dataUrl: { id, url: 'data:text/html,<script>1</script>', tab, frameId: 3 },
  blobUrl: {
    id,
    url: 'blob:https://ww22.autotask.net/6c1e1a2f-0000-4000-8000-000000000000',
    tab,
    frameId: 3,
  },
  contentWithoutTab: senders.contentWithoutTab,
  originMismatch: senders.originMismatch,
  noSender: {},
  ...(Object.fromEntries(
    PATH_TRICK_NAMES.map((name) => [name, trickSender(PATH_TRICKS[name], id) as Sender]),
  ) as Record<(typeof PATH_TRICK_NAMES)[number], Sender>),
};
const isPathTrick = (sender: SenderName) => (PATH_TRICK_NAMES as string[]).includes(sender);

let reached: string[];
const handlers = Object.fromEntries(
  Object.keys(protocol).map((name) => [
    name,
    () => {
      reached.push(name);
      return {};
    },
  ]),
) as RouterHandlers;

beforeEach(() => {
  reached = [];
  fakeBrowser.runtime.onMessage.addListener(createRouter(handlers));
});

async function deliver(message: unknown, sender: SenderName): Promise<Reply<unknown>> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger(
    message,
    SENDERS[sender],
  )) as unknown as Reply<unknown>[];
  return replies[0]!;
}

const corpus = buildCorpus();
const tally = { tried: 0, through: 0, controls: 0, controlsThrough: 0, tricks: 0, tricksThrough: 0 };
const byCategory = new Map<string, number>();

afterAll(() => {
  recordFigure('messages-router', {
    label: 'Forged messages → real router (vitest)',
    counts: { tried: tally.tried, 'got through': tally.through },
    mustBeZero: ['got through'],
    minimums: { tried: 200 },
  });
  recordFigure('sender-path-tricks-router', {
    label: 'Sender path tricks → real router (vitest)',
    counts: { senders: PATH_TRICK_NAMES.length, tried: tally.tricks, 'got through': tally.tricksThrough },
    mustBeZero: ['got through'],
    minimums: { senders: 15, tried: 200 },
  });
});

describe('the forged and malformed message corpus', () => {
  it('has a valid sample for every message of the protocol (so each new message is attacked too)', () => {
    expect(missingSample()).toEqual([]);
  });

  it('has at least 200 cases, across every category the issue names', () => {
    for (const c of corpus) byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect([...byCategory.keys()].sort()).toEqual(
      [
        'extra field',
        'huge payload',
        'prototype pollution',
        'replay',
        'unknown name',
        'wrong sender',
        'wrong shape',
      ].sort(),
    );
  });

  it('lets every control message through from its allowed sender (the harness can see a pass)', async () => {
    for (const control of controls()) {
      const reply = await deliver({ name: control.name, payload: control.payload }, control.sender);
      tally.controls += 1;
      if (reply.ok) tally.controlsThrough += 1;
      expect(reply, `${control.name} from ${control.sender}`).toEqual({ ok: true, value: {} });
    }
    expect(reached.length).toBe(controls().length);
  });

  it('refuses every case: no handler runs, and each reply is a plain error', async () => {
    const through: string[] = [];
    for (const c of corpus) {
      reached = [];
      const reply = await deliver(c.message, c.sender);
      tally.tried += 1;
      if (isPathTrick(c.sender)) tally.tricks += 1;
      if (reply?.ok !== false || reached.length > 0) {
        tally.through += 1;
        if (isPathTrick(c.sender)) tally.tricksThrough += 1;
        through.push(`${c.category}: ${c.what} → ${JSON.stringify(reply)?.slice(0, 120)}`);
      }
    }
    expect(through).toEqual([]);
  });

  it('leaves Object.prototype untouched after the pollution attempts', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
