import { describe, expect, it } from 'vitest';
import { classifyIngramResponse, errorTexts } from '../../../../lib/distributor/ingram/classify';
import type { HttpRequest } from '../../../../lib/http/types';

const api: HttpRequest = {
  service: 'distributor',
  method: 'POST',
  url: 'https://api.ingrammicro.com/resellers/v6/orders',
  intent: 'write',
  operation: 'OrderCreate',
};
const tokenReq: HttpRequest = {
  ...api,
  url: 'https://api.ingrammicro.com/oauth/oauth20/token',
  operation: 'Token',
  intent: 'read',
};
const res = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers({ 'content-type': 'application/json', ...headers }),
  text: typeof body === 'string' ? body : JSON.stringify(body),
  url: api.url,
});

describe('classifyIngramResponse on the error shapes of the reference', () => {
  it('IM-REQ fault "Invalid customer number." (any status) → invalid-customer-number, not retried', () => {
    const error = classifyIngramResponse(
      res(500, { faultcode: 'Server', faultstring: 'Invalid customer number. Please check' }),
      api,
    );
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'invalid-customer-number',
      distributor: 'ingram',
    });
  });

  it('the token endpoint’s 400 {message} → auth / token-refused', () => {
    expect(classifyIngramResponse(res(400, { message: 'invalid client' }), tokenReq)).toMatchObject({
      kind: 'auth',
      code: 'token-refused',
    });
  });

  it('a token 500 fault is a server error with its faultstring', () => {
    const error = classifyIngramResponse(
      res(500, { fault: { faultstring: 'Gateway down', detail: { errorcode: 'x' } } }),
      tokenReq,
    );
    expect(error).toMatchObject({ kind: 'server', apiErrors: ['Gateway down'] });
  });

  it('429 without Retry-After waits until X-RateLimit-Reset (IM-RATE)', () => {
    const reset = Math.ceil(Date.now() / 1000) + 30;
    const error = classifyIngramResponse(
      res(
        429,
        { errors: [{ field: null, message: 'too many requests' }] },
        { 'x-ratelimit-reset': String(reset) },
      ),
      api,
    );
    expect(error?.kind).toBe('throttled');
    expect(error?.retryAfterMs).toBeGreaterThan(25_000);
    expect(error?.retryAfterMs).toBeLessThanOrEqual(31_000);
  });

  it('a 400 validation-failed body keeps its messages and fields; the array-wrapped form too', () => {
    const body = [
      {
        errors: [
          {
            traceid: 't',
            type: '/errors/validation-failed',
            fields: [{ field: 'IM-CountryCode', message: 'Invalid CountryCode', value: 'USA' }],
          },
        ],
      },
    ];
    const error = classifyIngramResponse(res(400, body), api);
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'validation-failed',
      apiErrors: ['IM-CountryCode: Invalid CountryCode'],
    });
    expect(errorTexts(JSON.stringify({ errors: [{ messaage: 'Validation failed' }] }))).toEqual([
      'Validation failed',
    ]);
  });

  it('403 → permission, 404 → not-found, 401 → auth / unauthorized', () => {
    expect(classifyIngramResponse(res(403, ''), api)?.kind).toBe('permission');
    expect(classifyIngramResponse(res(404, { errors: [{ message: 'Order not found' }] }), api)?.kind).toBe(
      'not-found',
    );
    expect(classifyIngramResponse(res(401, ''), api)).toMatchObject({ kind: 'auth', code: 'unauthorized' });
  });

  it('a 200 that is HTML or not JSON is malformed-response; a 204 is fine', () => {
    expect(
      classifyIngramResponse(
        {
          ...res(200, '<html><body>Login</body></html>'),
          headers: new Headers({ 'content-type': 'text/html' }),
        },
        api,
      ),
    ).toMatchObject({ kind: 'malformed-response', field: '(body)', outcomeUnknown: true });
    expect(
      classifyIngramResponse(
        { ...res(200, '<x/>'), headers: new Headers({ 'content-type': 'application/xml' }) },
        api,
      )?.kind,
    ).toBe('malformed-response');
    expect(classifyIngramResponse({ ...res(204, ''), headers: new Headers() }, api)).toBeUndefined();
  });
});
