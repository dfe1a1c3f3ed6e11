// The shape of the hint catalogue (hint-catalogue.ts): a structured signature → what the user reads
// and the one action the UI can offer. Data only; the matching lives in hints.ts.
import type { ErrorKind, ErrorService } from './app-error';

export type HintActionId =
  | 'reconnect-autotask'
  | 'reconnect-tdsynnex'
  | 'connect-autotask'
  | 'connect-tdsynnex'
  | 'run-product-sync'
  | 'open-template-settings'
  | 'open-status-mapping'
  | 'open-help';

export interface HintAction {
  id: HintActionId;
  /** The button's text. */
  label: string;
  /** open-template-settings: the template whose settings section it opens (options.html#template-<id>). */
  template?: string;
}

/**
 * Every field given must match. `text` is tested against the service's own words (Autotask
 * `errors[]`, TD SYNNEX `errorDetail`/reason — AppErrorData.apiErrors) and then our message.
 */
export interface HintSignature {
  service?: ErrorService;
  kind?: ErrorKind | readonly ErrorKind[];
  status?: number | readonly number[];
  code?: RegExp;
  text?: RegExp;
  /** AppErrorData.request.operation, e.g. `OrderSubmit`, `Products.query`. */
  operation?: RegExp;
  outcomeUnknown?: boolean;
}

export interface HintEntry {
  id: string;
  title: string;
  cause: string;
  resolution: string;
  action?: HintAction;
  /** Any one signature may match. Empty: the hint is only ever chosen by id. */
  match: readonly HintSignature[];
}

export interface Hint extends HintEntry {
  /** `help.html#<id>`: the row of the help page's troubleshooting table. */
  helpAnchor: string;
}
