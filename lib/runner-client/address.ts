// Where the team runner is (issue 13 §2): the address a person types in Options → Team runner, made
// into the API's base URL and the ONE host the extension asks access to. HTTPS only — the bearer
// token travels in every request — except on this machine's loopback, where nothing leaves the host
// (a runner started with `npm run runner` or Docker next to the browser).
import { AppError } from '../errors/app-error';
import { HINT_CODES } from '../hints/catalogue';

/** The runner's API version this extension speaks (runner/api/app.ts API_PREFIX). */
export const RUNNER_API_PREFIX = '/api/v1';

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

export interface RunnerAddress {
  /** What Options shows and stores: scheme, host, port and any path prefix, no trailing slash. */
  url: string;
  /** `https://runner.example.com:8443` */
  origin: string;
  /**
   * The match pattern of permissions.request: scheme + host, no port. Firefox's match patterns have
   * no port at all, and Chrome's match every port of the host when none is given; either way the
   * grant is this one host and nothing else.
   */
  pattern: string;
  /** `<url>/api/v1` */
  apiBase: string;
}

function invalid(message: string, code: string = HINT_CODES.runnerInvalidUrl): AppError {
  return new AppError({ kind: 'validation', service: 'extension', status: 0, code, field: 'url', message });
}

/** Throws AppError (`runner-invalid-url`, `runner-not-https`) for anything but a usable address. */
export function runnerAddress(input: string): RunnerAddress {
  const text = input.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw invalid('Enter the runner’s full address, e.g. https://bridge-runner.your-msp.example.');
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw invalid('Enter the runner’s address without a user name, password, query or #fragment.');
  }
  const loopback = parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !loopback) {
    throw invalid(
      parsed.protocol === 'http:'
        ? 'The runner’s address must start with https:// — the token would otherwise cross the network readable by anyone on the way.'
        : 'The runner’s address must start with https://.',
      HINT_CODES.runnerNotHttps,
    );
  }
  // Someone may paste the API's own address; the prefix is added once, here.
  let path = parsed.pathname.replace(/\/+$/, '');
  if (path.endsWith(RUNNER_API_PREFIX)) path = path.slice(0, -RUNNER_API_PREFIX.length);
  const url = `${parsed.origin}${path}`;
  return {
    url,
    origin: parsed.origin,
    pattern: `${parsed.protocol}//${parsed.hostname}/*`,
    apiBase: `${url}${RUNNER_API_PREFIX}`,
  };
}
