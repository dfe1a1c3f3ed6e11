// The API served for real: @hono/node-server on 127.0.0.1, port 0 (the OS picks a free one), reached
// with the platform's fetch — the same sockets, headers and streaming the extension meets.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApi } from '../../../runner/api/app';
import type { ApiDeps, RunNowResult, TemplateControl, TemplateRunInfo } from '../../../runner/api/deps';
import { createFakeStore } from './fake-store';
import type { NewEntry, RunnerStore } from '../../../runner/store/types';

export const TOKEN = 'test-token-0123456789abcdef';
export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** A scheduler with a fixed list: `Run now` starts a template once, then it is running. */
export function scriptedTemplates(list: TemplateRunInfo[]): TemplateControl & { started: string[] } {
  const started: string[] = [];
  return {
    started,
    async list() {
      return list;
    },
    async runNow(id): Promise<RunNowResult> {
      const template = list.find((t) => t.id === id);
      if (!template) return 'unknown';
      if (template.running) return 'already-running';
      template.running = true;
      started.push(id);
      return 'started';
    },
  };
}

export interface Served {
  base: string;
  store: RunnerStore;
  /** fetch with the token (unless the init sets its own Authorization). */
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function serveApi(overrides: Partial<ApiDeps> = {}): Promise<Served> {
  // The fake where the store does not matter (auth, CORS, runs) or must fail on cue; tests of what a
  // store returns pass the real one (real-store.ts).
  const store = overrides.store ?? createFakeStore();
  const app = createApi({
    store,
    token: TOKEN,
    allowedOrigins: [EXTENSION_ORIGIN],
    templates: scriptedTemplates([]),
    ...overrides,
  });
  const { server, port } = await new Promise<{ server: Server; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server: s as Server, port: info.port }),
    );
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  return {
    base,
    store,
    get(path, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('authorization')) headers.set('authorization', `Bearer ${TOKEN}`);
      return fetch(`${base}${path}`, { ...init, headers });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** A log entry as the engine appends it; `at` and the rest as the test needs. */
export function newEntry(overrides: Partial<NewEntry> = {}): NewEntry {
  return {
    at: Date.UTC(2026, 0, 1),
    template: 'product-sync',
    operation: 'product-sync',
    result: 'success',
    summary: '12 products updated',
    keys: [],
    ...overrides,
  };
}
