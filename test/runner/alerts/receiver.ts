// A webhook receiver on 127.0.0.1, port 0: records each post and answers as a test asks (a status,
// a body, a delay), as Slack and Teams would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  contentType: string | undefined;
  body: unknown;
}

export interface Receiver {
  /** Looks like a real webhook: the path is the secret. */
  url: string;
  secretPath: string;
  posts: Received[];
  answer(status: number, body?: string, delayMs?: number): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const posts: Received[] = [];
  let reply = { status: 200, body: 'ok', delayMs: 0 };
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      posts.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(text) });
      setTimeout(() => res.writeHead(reply.status).end(reply.body), reply.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const secretPath = '/services/T0SECRET/B0SECRET/xoxSecretWebhookPart';
  return {
    url: `http://127.0.0.1:${port}${secretPath}`,
    secretPath,
    posts,
    answer(status, body = '', delayMs = 0) {
      reply = { status, body, delayMs };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
