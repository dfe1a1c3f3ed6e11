// "Credentials rejected" (issue 10 §4): when the stored credentials start failing — Autotask answers
// 401, a distributor says the login failed — the stored connection state says so, so the popup, the
// options page and the sidebar stop showing a green "Connected" while every call fails. The next
// call that succeeds (a tenant that moved zones, a password fixed at the distributor) clears it again;
// Connect and Reconnect write a fresh state without it.
import { isAppError } from '../errors/app-error';
import type { AutotaskConnectionView, DistributorConnectionView } from '../messaging/results';
import type { Stored } from './ports';

/** 'autotask' or a distributor's registry id. */
type Service = string;
type View = AutotaskConnectionView | DistributorConnectionView;

/** The error means the stored credentials are refused (not "not connected", not a network failure). */
export function isRejection(error: unknown, service: Service): boolean {
  if (!isAppError(error) || error.kind !== 'auth') return false;
  if (error.code === 'not-connected') return false;
  if (service === 'autotask') return error.service === 'autotask' && error.status === 401;
  return error.service === 'distributor' && error.distributor === service;
}

export interface RejectionWatch {
  failed(error: unknown): Promise<void>;
  succeeded(): Promise<void>;
}

export function rejectionWatch<V extends View>(
  service: Service,
  view: Stored<V>,
  now: () => Date = () => new Date(),
): RejectionWatch {
  // Known to be flagged in this worker: a success then clears it without reading storage every call.
  let flagged: boolean | undefined;
  return {
    async failed(error) {
      if (!isRejection(error, service)) return;
      const current = await view.getValue();
      flagged = true;
      if (!current.connected || current.rejectedAt) return;
      await view.setValue({ ...current, rejectedAt: now().toISOString() });
    },
    async succeeded() {
      if (flagged === false) return;
      const current = await view.getValue();
      flagged = false;
      if (!current.rejectedAt) return;
      const { rejectedAt: _gone, ...rest } = current;
      await view.setValue(rest as V);
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

async function* watchIterable<T>(source: AsyncIterable<T>, watch: RejectionWatch): AsyncGenerator<T> {
  try {
    for await (const value of source) yield value;
  } catch (error) {
    await watch.failed(error).catch(() => undefined);
    throw error;
  }
  await watch.succeeded().catch(() => undefined);
}

/**
 * The same client or adapter, reporting each call's outcome to `watch`: every method returning a
 * promise or an async iterable (Autotask's paged queries) is observed; nothing else changes.
 */
export function watchRejections<T extends object>(target: T, watch: RejectionWatch): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        if (result instanceof Promise) {
          return result.then(
            async (ok: unknown) => {
              await watch.succeeded().catch(() => undefined);
              return ok;
            },
            async (error: unknown) => {
              await watch.failed(error).catch(() => undefined);
              throw error;
            },
          );
        }
        return isAsyncIterable(result) ? watchIterable(result, watch) : result;
      };
    },
  });
}
