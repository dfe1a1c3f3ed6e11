// The shape of the hint catalogue (hint-catalogue.ts): a structured signature → what the user reads
// and the one action the UI can offer. Data only; the matching lives in hints.ts.
import type { ErrorKind, ErrorService } from './app-error';

export type HintActionId =
  | 'reconnect-autotask'
  | 'reconnect-distributor'
  | 'connect-autotask'
  | 'connect-distributor'
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
  /** (re)connect-distributor: which distributor's card the options page opens (registry id). */
  distributor?: string;
}

/**
 * Every field given must match. `text` is tested against the service's own words (Autotask
 * `errors[]`, a distributor's error text — AppErrorData.apiErrors) and then our message.
 */
export interface HintSignature {
  service?: ErrorService;
  /** With service 'distributor': only this distributor's errors (registry id). */
  distributor?: string;
  kind?: ErrorKind | readonly ErrorKind[];
  status?: number | readonly number[];
  code?: RegExp;
  text?: RegExp;
  /** AppErrorData.request.operation, e.g. `OrderSubmit`, `Products.query`. */
  operation?: RegExp;
  outcomeUnknown?: boolean;
}

/**
 * Titles, causes, resolutions and action labels may say `{distributor}`: the hint shown for an error
 * or a log entry names the distributor it came from (lib/hints/hints.ts fills it in).
 */
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
