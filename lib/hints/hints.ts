// Errors → hints (STYLE.md §7, refined-github's getError()): the best catalogue entry for an error,
// or the entry a caller named by id. The catalogue itself is data: the shared entries in catalogue.ts
// and each distributor's own entries in its folder (lib/distributor/<id>/hints.ts), joined here.
// An entry saying `{distributor}` is shown with the label of the distributor the error came from.
import { DISTRIBUTORS, distributorLabel } from '../distributor/registry';
import { isAppError } from '../errors/app-error';
import type { AppErrorData } from '../errors/app-error';
import { FALLBACK_HINT_ID, HINT_ENTRIES } from './catalogue';
import type { Hint, HintEntry, HintSignature } from '../errors/hint-types';

export type { Hint, HintAction, HintActionId, HintSignature } from '../errors/hint-types';
export { HINT_CODES } from './catalogue';

const withAnchor = (entry: HintEntry): Hint => ({ ...entry, helpAnchor: `help.html#${entry.id}` });

/** Every hint: the shared ones in the catalogue's order, then each distributor's own. */
export const HINTS: readonly Hint[] = [
  ...HINT_ENTRIES,
  ...DISTRIBUTORS.flatMap((module) => module.hints),
].map(withAnchor);
const BY_ID = new Map(HINTS.map((h) => [h.id, h]));
const FALLBACK = BY_ID.get(FALLBACK_HINT_ID) as Hint;

const PLACEHOLDER = /\{distributor\}/g;

function fillText(text: string, label: string): string {
  const filled = text.replace(PLACEHOLDER, label);
  // "the distributor is not connected" starts a sentence: capitalise what was filled in first.
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/**
 * The hint as the user reads it for one distributor (registry id), or for "the distributor" when
 * none is known. The action of a (re)connect hint carries the id, so the options page opens its card.
 */
export function forDistributor(hint: Hint, distributor?: string): Hint {
  const label = distributorLabel(distributor);
  const filled: Hint = {
    ...hint,
    title: fillText(hint.title, label),
    cause: fillText(hint.cause, label),
    resolution: fillText(hint.resolution, label),
  };
  if (hint.action) {
    filled.action = {
      ...hint.action,
      label: fillText(hint.action.label, label),
      ...(distributor && !hint.action.distributor ? { distributor } : {}),
    };
  }
  return filled;
}

export function hintById(id: string, distributor?: string): Hint | undefined {
  const hint = BY_ID.get(id);
  return hint && forDistributor(hint, distributor);
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
    check(sig.distributor !== undefined, () => sig.distributor === error.distributor, 2),
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
export function hintFor(
  input: AppErrorData | { hintId: string; distributor?: string } | unknown,
  distributor?: string,
): Hint {
  const named = distributorOf(input) ?? distributor;
  if (typeof input === 'object' && input !== null && 'hintId' in input) {
    const byId = typeof input.hintId === 'string' ? BY_ID.get(input.hintId) : undefined;
    if (byId) return forDistributor(byId, named);
  }
  return forDistributor(isAppError(input) ? bestFor(input) : FALLBACK, named);
}

function distributorOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || !('distributor' in input)) return undefined;
  return typeof input.distributor === 'string' ? input.distributor : undefined;
}
