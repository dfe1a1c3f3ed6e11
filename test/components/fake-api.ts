// A fake background for component tests: answers each message by name from plain handlers and records
// every call. A message without a handler fails the test loudly (the component asked for something
// the test did not expect).
import type { Api } from '../../components/ui/api';
import type { AppErrorData } from '../../lib/errors/app-error';
import type { MessageName, PayloadOf } from '../../lib/messaging/protocol';
import type { ResultOf } from '../../lib/messaging/results';
import { DISTRIBUTORS } from '../../lib/distributor/registry';

export type Handlers = {
  [N in MessageName]?: (payload: PayloadOf<N>) => ResultOf<N> | Promise<ResultOf<N>>;
};

export interface FakeApi {
  api: Api;
  calls: { name: MessageName; payload: unknown }[];
  /** Payloads sent with one message name, in order. */
  sent<N extends MessageName>(name: N): PayloadOf<N>[];
}

export function fakeApi(handlers: Handlers): FakeApi {
  const calls: FakeApi['calls'] = [];
  const api = (async (name: MessageName, payload: unknown) => {
    calls.push({ name, payload });
    const handler = handlers[name] as ((p: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`fake API: no handler for ${name}`);
    return handler(payload);
  }) as Api;
  return {
    api,
    calls,
    sent: <N extends MessageName>(name: N) =>
      calls.filter((call) => call.name === name).map((call) => call.payload as PayloadOf<N>),
  };
}

/** What the background's reply carries when a request fails (lib/messaging: errors travel as data). */
export function rejectWith(error: AppErrorData): () => Promise<never> {
  return () => Promise.reject(error);
}

/** Every distributor of the registry, not connected. */
export const NO_DISTRIBUTORS: ResultOf<'connection.status'>['distributors'] = Object.fromEntries(
  DISTRIBUTORS.map((info) => [info.id, { connected: false }]),
);

export const DISCONNECTED = {
  autotask: { connected: false, missing: [], warnings: [] },
  distributors: NO_DISTRIBUTORS,
} satisfies ResultOf<'connection.status'>;

/** The status with these distributors' views replaced (registry ids), the others not connected. */
export function withDistributors(
  status: ResultOf<'connection.status'>,
  views: Record<string, ResultOf<'distributor.connect'>>,
): ResultOf<'connection.status'> {
  return { ...status, distributors: { ...NO_DISTRIBUTORS, ...views } };
}

export const AUTOTASK_CONNECTED = {
  connected: true,
  userName: 'api@contoso-msp.example',
  tenantId: 684213,
  zoneName: 'America East 3',
  webUrl: 'https://ww22.autotask.net/',
  missing: [],
  warnings: [],
} satisfies ResultOf<'autotask.connect'>;
