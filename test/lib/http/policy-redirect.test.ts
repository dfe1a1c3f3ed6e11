// Issue 11 §3 at the policy: every request asks for `redirect: 'manual'`; a 3xx, the browser's
// status-0 opaque redirect, and an answer from another origin than asked are refused once, never
// retried (a read would otherwise knock on the redirecting host four times).
import { describe, expect, it } from 'vitest';
import { createHttp } from '../../../lib/http/policy';
import type { HttpRequest } from '../../../lib/http/types';

const URL_ASKED = 'https://webservices22.autotask.net/atservicesrest/V1.0/Products/1';
const read: HttpRequest = { service: 'autotask', method: 'GET', url: URL_ASKED, intent: 'read' };

/** A Response whose read-only browser fields are set as Chromium would set them. */
function shaped(fields: { type?: string; status?: number; url?: string; redirected?: boolean }) {
  const res = new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  for (const [name, value] of Object.entries(fields)) Object.defineProperty(res, name, { value });
  return res;
}

function policy(answer: () => Response, isAllowedUrl?: (url: string) => boolean) {
  const seen: Request[] = [];
  const http = createHttp({
    fetch: (async (req: Request) => (seen.push(req), answer())) as typeof fetch,
    classify: () => undefined,
    sleep: async () => {},
    ...(isAllowedUrl ? { isAllowedUrl } : {}),
  });
  return { http, seen };
}

describe('the HTTP policy and redirects', () => {
  it('asks the browser not to follow redirects', async () => {
    const { http, seen } = policy(() => shaped({}));
    await http(read);
    expect(seen[0]?.redirect).toBe('manual');
  });

  it.each([
    [
      'a 307 handed back as is (Node)',
      () => new Response(null, { status: 307, headers: { location: 'https://x.example/' } }),
    ],
    [
      'an opaque redirect (a browser with redirect: manual)',
      () => shaped({ type: 'opaqueredirect', status: 0 }),
    ],
    ['a followed redirect', () => shaped({ redirected: true, url: 'https://webservices99.autotask.net/x' })],
    ['an answer from another origin', () => shaped({ url: 'https://evil.example/x' })],
  ])('refuses %s once, without retrying', async (_what, answer) => {
    const { http, seen } = policy(answer);
    await expect(http(read)).rejects.toMatchObject({ kind: 'malformed-response', code: 'redirect-refused' });
    expect(seen).toHaveLength(1);
  });

  it('refuses an answer from a URL the client does not allow', async () => {
    const { http } = policy(
      () => shaped({}),
      (url) => url.startsWith('https://ec.us.tdsynnex.com/'),
    );
    await expect(http(read)).rejects.toMatchObject({ code: 'redirect-refused' });
  });
});
