// A team runner for the merged log's tests (issue 13 §2): the real API (runner/api) over real HTTP
// with the fake store, and the page's `send` as the background would answer its runner messages —
// the real runner client (lib/runner-client/client.ts) against that API.
import { AppError } from '../../../lib/errors/app-error';
import type { send } from '../../../lib/messaging/client';
import { createRunnerClient } from '../../../lib/runner-client/client';
import { serveApi, TOKEN } from '../../runner/api/harness';
import type { Served } from '../../runner/api/harness';

export interface RunnerWorld {
  served: Served;
  /** What the page sends; only the runner's reads are answered. */
  ask: typeof send;
  /** The messages the page sent, by name. */
  asked: string[];
}

export async function serveRunner(): Promise<RunnerWorld> {
  const served = await serveApi();
  const client = createRunnerClient({ apiBase: served.base, token: TOKEN, sleep: async () => undefined });
  const asked: string[] = [];
  const answer = async (name: string, payload: Record<string, unknown>): Promise<unknown> => {
    asked.push(name);
    if (name === 'runner.log') {
      const { query, offset, limit } = payload as Parameters<typeof send<'runner.log'>>[1];
      return client.log(query, {
        ...(offset === undefined ? {} : { offset }),
        ...(limit === undefined ? {} : { limit }),
      });
    }
    if (name === 'runner.entry') {
      const found = await client.entry(payload.id as number);
      if (found) return found;
      throw new AppError({ kind: 'not-found', service: 'extension', status: 404, message: 'No such entry.' });
    }
    if (name === 'runner.runs') return client.runs();
    if (name === 'runner.daily') return client.daily(payload.starts as number[]);
    throw new Error(`The fake background does not answer ${name}`);
  };
  return { served, ask: answer as typeof send, asked };
}
