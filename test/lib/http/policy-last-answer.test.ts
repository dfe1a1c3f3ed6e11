// Issue 10 §4: a read TD SYNNEX answered with 503 three times and whose last retry lost its
// connection read "Could not reach the service — check the internet connection" (seen in the
// journey-errors e2e). The service was reachable: the user reads its own answer instead.
import { expect, it } from 'vitest';
import { classifyStatus } from '../../../lib/errors/classify';
import type { AppError } from '../../../lib/errors/app-error';
import { createHttp } from '../../../lib/http/policy';
import type { HttpRequest, ResponseClassifier } from '../../../lib/http/types';

const classify: ResponseClassifier = (res, req) =>
  res.status >= 400
    ? classifyStatus(res.status, req.service, {
        request: req,
        ...(req.distributor ? { distributor: req.distributor } : {}),
      })
    : undefined;

/** Answers each request with the next status of the script; 'drop' fails like a lost connection. */
function scripted(script: (number | 'drop')[]): typeof fetch {
  return (async () => {
    const next = script.shift() ?? 200;
    if (next === 'drop') throw new TypeError('fetch failed');
    return new Response('<html>busy</html>', { status: next, headers: { 'content-type': 'text/html' } });
  }) as typeof fetch;
}

const read: HttpRequest = {
  service: 'distributor',
  distributor: { id: 'tdsynnex', label: 'TD SYNNEX' },
  method: 'POST',
  url: 'https://ec.us.tdsynnex.com/SynnexXML/PriceAvailability',
  intent: 'read',
  operation: 'PriceAvailability',
};

async function failure(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error as AppError,
  );
}

const http = (script: (number | 'drop')[]) =>
  createHttp({ fetch: scripted(script), classify, sleep: async () => {}, random: () => 0 });

it('a read answered 503 whose last retry lost its connection fails with the 503, not a network error', async () => {
  const error = await failure(http([503, 503, 503, 'drop'])(read));
  expect(error).toMatchObject({
    kind: 'server',
    status: 503,
    service: 'distributor',
    distributor: 'tdsynnex',
  });
});

it('a read that never got an answer still fails as a network error', async () => {
  const error = await failure(http(['drop', 'drop', 'drop', 'drop'])(read));
  expect(error).toMatchObject({ kind: 'network', status: 0 });
});
