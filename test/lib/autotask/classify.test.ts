import { describe, expect, it } from 'vitest';
import { classifyAutotask } from '../../../lib/autotask/classify';
import type { HttpRequest } from '../../../lib/http/types';

const req: HttpRequest = {
  service: 'autotask',
  method: 'POST',
  url: 'https://webservices22.autotask.net/atservicesrest/V1.0/PurchaseOrderItems',
  intent: 'write',
  operation: 'PurchaseOrderItems.create',
  headers: { Secret: 'demo-secret-1' },
};
const answer = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  text: body,
  url: req.url,
  headers: new Headers({ 'content-type': 'application/json', ...headers }),
});

describe('the Autotask classifier', () => {
  it('accepts a 2xx JSON answer, including {"item":null}', () => {
    expect(classifyAutotask(answer(200, '{"item":null}'), req)).toBeUndefined();
  });

  it.each([
    [401, '{"Message":"Authorization has been denied for this request."}', 'auth', undefined],
    [403, '', 'permission', undefined],
    [404, '{"Message":"No HTTP resource was found"}', 'validation', 'unknown-route'],
    [
      405,
      '{"Message":"The requested resource does not support http method \'GET\'."}',
      'validation',
      'method-not-allowed',
    ],
    [429, '{"errors":["Request limit exceeded"]}', 'throttled', undefined],
    [500, '{"errors":["Items can only be created through the parent."]}', 'validation', undefined],
    [502, '<html>Bad gateway</html>', 'server', undefined],
    [500, '{"errors":["Itgenatr005: thread threshold exceeded"]}', 'throttled', 'Itgenatr005'],
    [200, '<!DOCTYPE html><html><body>Login</body></html>', 'malformed-response', undefined],
  ])('HTTP %i %s → %s', (status, body, kind, code) => {
    const error = classifyAutotask(answer(status, body), req);
    expect(error?.kind).toBe(kind);
    expect(error?.code).toBe(code);
    expect(error?.status).toBe(status);
    expect(error?.request?.url).toBe(req.url);
    expect(JSON.stringify(error)).not.toContain('demo-secret-1');
  });

  it("keeps Autotask's errors[] verbatim and the Retry-After wait", () => {
    const rule = classifyAutotask(answer(500, '{"errors":["A","B"]}'), req);
    expect(rule?.apiErrors).toEqual(['A', 'B']);
    expect(rule?.message).toContain('A B');
    expect(
      classifyAutotask(answer(429, '{"errors":["x"]}', { 'retry-after': '30' }), req)?.retryAfterMs,
    ).toBe(30_000);
  });
});
