// An error as the user should see it: the hint catalogue's title, likely cause and resolution
// (lib/hints/hints.ts), the action the hint offers, and a link to the matching help section.
import { createContext, useContext } from 'react';
import { hintById, hintFor } from '../../lib/hints/hints';
import type { HintAction } from '../../lib/hints/hints';
import type { AppErrorData } from '../../lib/errors/app-error';

/** Each extension page decides what an action means there (options: focus the form; popup: open options). */
export type HintActionHandler = (action: HintAction) => void;

const HintActionContext = createContext<HintActionHandler | undefined>(undefined);
export const HintActionProvider = HintActionContext.Provider;
/** What this page does with a hint's action; undefined where none is offered. */
export const useHintAction = () => useContext(HintActionContext);

interface Props {
  /** The error, when there is one: a log item's problem (an unknown SKU) may carry only its hintId. */
  error?: AppErrorData;
  /** The hint a log entry was written with; otherwise the catalogue picks one for the error. */
  hintId?: string;
  /** What happened in the extension's words, when there is no error (e.g. "… does not know SKU 1"). */
  message?: string;
  /** The distributor (registry id) the error or log entry came from: the hint names it. */
  distributor?: string;
  /** False for errors of the past (log entries): they are read, not announced. */
  live?: boolean;
}

export function ErrorHint({ error, hintId, message, distributor, live = true }: Props) {
  const from = distributor ?? error?.distributor;
  const hint = (hintId !== undefined ? hintById(hintId, from) : undefined) ?? hintFor(error, from);
  const details = error?.message ?? message;
  const onAction = useContext(HintActionContext);
  return (
    <div className="hint" role={live ? 'alert' : undefined}>
      <h3>{hint.title}</h3>
      <dl>
        <dt>Likely cause</dt>
        <dd>{hint.cause}</dd>
        <dt>Resolution</dt>
        <dd>{hint.resolution}</dd>
        {details ? (
          <>
            <dt>Details</dt>
            <dd className="muted">{details}</dd>
          </>
        ) : null}
      </dl>
      <div className="row">
        {hint.action && onAction ? (
          <button type="button" className="primary" onClick={() => hint.action && onAction(hint.action)}>
            {hint.action.label}
          </button>
        ) : null}
        <a href={hint.helpAnchor} target="_blank" rel="noreferrer">
          Help
        </a>
      </div>
    </div>
  );
}
