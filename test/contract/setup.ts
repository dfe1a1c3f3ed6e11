// vitest setup file (add to setupFiles): every request any Autotask simulator receives during a
// test is checked against Autotask's swagger (test/contract/autotask-contract.ts), and every request
// any Ingram simulator receives against Ingram's OpenAPI spec (ingram-contract.ts); a test that sent
// a request breaking the contract fails in afterEach, listing the problems. A test that breaks the
// contract on purpose announces it with expectContractProblem() from ./recorder.
// Scope: requests our code sends. The simulator's own tests (test/sandbox/**) send wrong requests on
// purpose to test its refusals (405, 404, 500 at a child's root URL…), so they are not checked.
import { afterEach, beforeEach, expect } from 'vitest';
import { onAnyAutotaskRequest } from '../sandbox/autotask/index';
import { onAnyIngramRequest } from '../sandbox/ingram/index';
import { checkIngramRequest } from './ingram-contract';
import { record, takeUnexpectedProblems } from './recorder';

// The simulator hands over the parsed body (JSON value, raw text when not JSON, or undefined).
const asText = (body: unknown): string | undefined =>
  body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);

let unsubscribe: (() => void) | undefined;
let unsubscribeIngram: (() => void) | undefined;

const SIMULATOR_TESTS = /[\\/]test[\\/]sandbox[\\/]/;

beforeEach(() => {
  if (SIMULATOR_TESTS.test(expect.getState().testPath ?? '')) return;
  unsubscribe = onAnyAutotaskRequest((event) => record(event.method, event.url, asText(event.body)));
  unsubscribeIngram = onAnyIngramRequest((event) =>
    record(event.method, event.url, event.body, (method, url, body) =>
      checkIngramRequest(method, url, event.headers, body),
    ),
  );
});

afterEach(async () => {
  unsubscribe?.();
  unsubscribe = undefined;
  unsubscribeIngram?.();
  unsubscribeIngram = undefined;
  const problems = await takeUnexpectedProblems();
  expect(
    problems,
    `Requests that break the Autotask swagger or the Ingram spec:\n${problems.join('\n')}`,
  ).toEqual([]);
});
