// A full disk (or a quota the browser imposes despite `unlimitedStorage`) must become the "storage
// full" hint, never a crash or a silently lost write (issue 7 §4). IndexedDB reports it as a
// DOMException named QuotaExceededError; Dexie re-wraps it (same name) or nests it as `inner` of an
// AbortError when the whole transaction aborted, so the chain is searched.
import { AppError } from './app-error';

export const STORAGE_FULL_CODE = 'quota-exceeded';

function named(err: unknown): { name?: unknown; inner?: unknown; cause?: unknown } | undefined {
  return typeof err === 'object' && err !== null ? (err as { name?: unknown }) : undefined;
}

export function isQuotaExceeded(err: unknown, depth = 0): boolean {
  const e = named(err);
  if (!e || depth > 5) return false;
  if (e.name === 'QuotaExceededError') return true;
  return isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1);
}

export function storageFullError(cause?: unknown): AppError {
  return new AppError(
    {
      kind: 'storage',
      service: 'extension',
      status: 0,
      code: STORAGE_FULL_CODE,
      message: 'The browser has no room left for the extension’s data; nothing was saved.',
    },
    { cause },
  );
}

/** Runs a storage operation; a quota failure becomes AppError kind 'storage', anything else is rethrown. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    if (isQuotaExceeded(err)) throw storageFullError(err);
    throw err;
  }
}
