// Shared by the simulator's own tests: build real Requests and read the JSON answers.
import { createAutotaskSim, DEMO, type AutotaskSim } from './index';

export const API = 'https://webservices22.autotask.net/atservicesrest/V1.0';

export interface Credentials {
  userName: string;
  secret: string;
  integrationCode: string;
}

export const demoCredentials: Credentials = {
  userName: DEMO.userName,
  secret: DEMO.secret,
  integrationCode: DEMO.integrationCode,
};

export function authHeaders(creds: Credentials = demoCredentials): Record<string, string> {
  return { ApiIntegrationCode: creds.integrationCode, UserName: creds.userName, Secret: creds.secret };
}

export interface Answer {
  status: number;
  headers: Headers;
  // The simulator's JSON; tests assert on its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** One request to the simulator; `path` is appended to the V1.0 base unless it is absolute. */
export async function call(
  sim: AutotaskSim,
  method: string,
  path: string,
  body?: unknown,
  opts: { creds?: Credentials; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const url = /^https?:/.test(path) ? path : `${API}${path}`;
  const headers = {
    ...authHeaders(opts.creds),
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...opts.headers,
  };
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await sim.fetch(new Request(url, init));
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, json };
}

export const demoSim = (opts: Parameters<typeof createAutotaskSim>[0] = {}) =>
  createAutotaskSim({ seed: 'demo', ...opts });

/** An empty tenant on zone 5 with one API user, for tests that need exact data. */
export function emptyTenantSim() {
  const sim = createAutotaskSim({ seed: 'empty' });
  sim.addTenant({ ci: 500100, zone: 5 });
  const creds: Credentials = {
    userName: 'api@empty.example',
    secret: 's3cret',
    integrationCode: 'EMPTYCODE',
  };
  sim.addUser({ ...creds, ci: 500100 });
  return { sim, creds, api: 'https://webservices5.autotask.net/atservicesrest/V1.0', ci: 500100 };
}

export const all = [{ op: 'gte', field: 'id', value: 0 }];
