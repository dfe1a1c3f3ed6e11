// What the runner's HTTP API (issue 13 §2) needs from the runner: its storage port, the bearer token,
// the extension origins CORS admits, and the scheduler's view of the templates. The API itself holds
// no state, so a test can serve it over any store and a scripted scheduler.
import type { ActivityResult } from '../../lib/db/records';
import type { RunnerStore } from '../store/types';

/** One template as the scheduler sees it. Times are epoch ms. */
export interface TemplateRunInfo {
  id: string;
  name: string;
  enabled: boolean;
  lastRunAt?: number;
  lastResult?: ActivityResult;
  nextRunAt?: number;
  running: boolean;
}

/** `switched-off`: the template is off, so nothing runs (issue 11 §1). */
export type RunNowResult = 'started' | 'already-running' | 'switched-off' | 'unknown';

export interface TemplateControl {
  list(): Promise<TemplateRunInfo[]>;
  /** Starts the run and returns at once: the API does not wait for a run that may take an hour. */
  runNow(id: string): Promise<RunNowResult>;
}

export interface ApiDeps {
  store: RunnerStore;
  /** The shared secret of `Authorization: Bearer …`; at least MIN_TOKEN_LENGTH characters. */
  token: string;
  /** `chrome-extension://<id>`, `moz-extension://<uuid>`: the only origins CORS admits. */
  allowedOrigins: readonly string[];
  templates: TemplateControl;
  /** The clock (the CSV file name's date); Date.now by default. */
  now?: () => number;
  /**
   * Told of an error the API answered with 500, for the runner's own log. The client only ever sees
   * `internal` (a store error may quote SQL or a connection string).
   */
  onError?: (err: unknown) => void;
}
