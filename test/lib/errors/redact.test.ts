import { describe, expect, it } from 'vitest';
import { REDACTED, redactBody, redactHeaders, redactRequest, redactUrl } from '../../../lib/errors/redact';

describe('redaction', () => {
  it('hides secret headers whatever their casing', () => {
    expect(
      redactHeaders({
        Secret: 's3',
        UserName: 'api@x',
        ApiIntegrationCode: 'CODE',
        authorization: 'Basic x',
      }),
    ).toEqual({
      Secret: REDACTED,
      UserName: REDACTED,
      ApiIntegrationCode: REDACTED,
      authorization: REDACTED,
    });
  });

  it('hides JSON secret keys at any depth and the XML password element', () => {
    expect(redactBody('{"a":{"Secret":"s3","password":"p"},"name":"n"}')).toBe(
      `{"a":{"Secret":"${REDACTED}","password":"${REDACTED}"},"name":"n"}`,
    );
    expect(redactBody('<login><userName>u</userName><Password>p&amp;w</Password></login>')).toBe(
      `<login><userName>u</userName><Password>${REDACTED}</Password></login>`,
    );
    expect(redactBody('user=u&password=p')).toBe(REDACTED);
  });

  it('keeps method, URL and operation of a request, minus credentials in the URL', () => {
    expect(
      redactRequest({ method: 'GET', url: 'https://u:p@host.example/x?token=abc&paging=1', operation: 'X' }),
    ).toEqual({
      method: 'GET',
      url: `https://host.example/x?token=${encodeURIComponent(REDACTED)}&paging=1`,
      operation: 'X',
    });
    expect(redactUrl(`https://h.example/${'a'.repeat(600)}`).length).toBeLessThan(520);
  });
});
