// Errors → hints (STYLE.md §7, refined-github's getError()): the best catalogue entry for an error,
// or the entry a caller named by id. The catalogue itself is data in hint-catalogue.ts.
import { isAppError } from './app-error';
import type { AppErrorData } from './app-error';
import { FALLBACK_HINT_ID, HINT_ENTRIES } from './hint-catalogue';
import type { Hint, HintEntry, HintSignature } from './hint-types';

export type { Hint, HintAction, HintActionId, HintSignature } from './hint-types';
export { HINT_CODES } from './hint-catalogue';

const withAnchor = (entry: HintEntry): Hint => ({ ...entry, helpAnchor: `help.html#${entry.id}` });

export const HINTS: readonly Hint[] = HINT_ENTRIES.map(withAnchor);
const BY_ID = new Map(HINTS.map((h) => [h.id, h]));
const FALLBACK = BY_ID.get(FALLBACK_HINT_ID) as Hint;

export function hintById(id: string): Hint | undefined {
  return BY_ID.get(id);
}

const oneOf = <T>(want: T | readonly T[], value: T): boolean =>
  Array.isArray(want) ? (want as readonly T[]).includes(value) : want === value;

/**
 * The specificity of a signature for this error: 0 when any of its conditions fails, otherwise a
 * weight per condition, so "403 from Autotask" loses to "this exact Autotask error text".
 */
export function score(sig: HintSignature, error: AppErrorData): number {
  let points = 0;
  const check = (present: boolean, ok: () => boolean, weight: number): boolean => {
    if (!present) return true;
    if (!ok()) return false;
    points += weight;
    return true;
  };
  const text = [...(error.apiErrors ?? []), error.message].join('\n');
  const all = [
    check(sig.service !== undefined, () => sig.service === error.service, 1),
    check(sig.kind !== undefined, () => oneOf(sig.kind!, error.kind), 1),
    check(sig.status !== undefined, () => oneOf(sig.status!, error.status), 2),
    check(sig.operation !== undefined, () => sig.operation!.test(error.request?.operation ?? ''), 2),
    check(sig.outcomeUnknown !== undefined, () => sig.outcomeUnknown === (error.outcomeUnknown ?? false), 3),
    check(sig.code !== undefined, () => sig.code!.test(error.code ?? ''), 4),
    check(sig.text !== undefined, () => sig.text!.test(text), 4),
  ];
  return all.every(Boolean) ? points : 0;
}

function bestFor(error: AppErrorData): Hint {
  let best = FALLBACK;
  let bestScore = 0;
  for (const hint of HINTS) {
    for (const sig of hint.match) {
      const s = score(sig, error);
      if (s > bestScore) {
        best = hint;
        bestScore = s;
      }
    }
  }
  return best;
}

/**
 * The hint for an error (AppError or its JSON form) or for `{ hintId }` as stored on a log entry.
 * Always returns a hint: anything unrecognised gets the "Something went wrong" entry.
 */
export function hintFor(input: AppErrorData | { hintId: string } | unknown): Hint {
  if (typeof input === 'object' && input !== null && 'hintId' in input) {
    const byId = typeof input.hintId === 'string' ? BY_ID.get(input.hintId) : undefined;
    if (byId) return byId;
  }
  return isAppError(input) ? bestFor(input) : FALLBACK;
}
