// What the contract setup collected during the current test. Kept apart from setup.ts so a test
// that sends a wrong request on purpose can say so (`expectContractProblem`) without importing the
// setup file itself. Autotask requests are checked by default; Ingram's pass their own checker.
import { checkAutotaskRequest } from './autotask-contract';

interface Entry {
  method: string;
  url: string;
  problems: string[];
}

const pending: Promise<void>[] = [];
const broken: Entry[] = [];
const expected: RegExp[] = [];

/** Checks one request the simulator received (the body is read from a clone, never consumed). */
export function record(
  method: string,
  url: string,
  body: Promise<string | undefined> | string | undefined,
  check: (method: string, url: string, body: string | undefined) => string[] = checkAutotaskRequest,
): void {
  pending.push(
    Promise.resolve(body).then(
      (text) => {
        const problems = check(method, url, text);
        if (problems.length > 0) broken.push({ method, url, problems });
      },
      (err: unknown) =>
        void broken.push({ method, url, problems: [`body could not be read: ${String(err)}`] }),
    ),
  );
}

/** The current test sends a request that breaks the contract on purpose; `pattern` matches its problem. */
export function expectContractProblem(pattern: RegExp): void {
  expected.push(pattern);
}

/** Problems not announced with expectContractProblem; clears the state for the next test. */
export async function takeUnexpectedProblems(): Promise<string[]> {
  await Promise.all(pending.splice(0));
  const problems = broken.splice(0).flatMap((e) => e.problems);
  const announced = expected.splice(0);
  const unexpected = problems.filter((p) => !announced.some((re) => re.test(p)));
  const unmet = announced.filter((re) => !problems.some((p) => re.test(p)));
  return [
    ...unexpected,
    ...unmet.map((re) => `expected a contract problem matching ${re} but the request was never sent`),
  ];
}
