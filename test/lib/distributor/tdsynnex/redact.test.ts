import { describe, expect, it } from 'vitest';
import { buildOrderRequest } from '../../../../lib/distributor/tdsynnex/order-submit';
import { buildPriceRequest } from '../../../../lib/distributor/tdsynnex/price-availability';
import { redactTdSynnexBody } from '../../../../lib/distributor/tdsynnex/redact';
import { demoOrder } from './harness';

const credentials = { customerNo: '123456', userId: 'ec-user@contoso-msp.example', password: 'p<a>ss&"word' };

describe('redactTdSynnexBody', () => {
  it('removes the <password> of a price request and keeps everything else', () => {
    const body = buildPriceRequest(credentials, [{ distributorSku: '5432101' }]);
    const redacted = redactTdSynnexBody(body);
    expect(redacted).toContain('<password>[redacted]</password>');
    expect(redacted).not.toMatch(/p&lt;a&gt;ss|p<a>ss/);
    expect(redacted).toContain('<userName>ec-user@contoso-msp.example</userName>');
    expect(redacted).toContain('<synnexSKU>5432101</synnexSKU>');
  });

  it('removes the <Password> of the SynnexB2B credential block', () => {
    const redacted = redactTdSynnexBody(buildOrderRequest(credentials, demoOrder()));
    expect(redacted).toContain(
      '<Credential><UserID>ec-user@contoso-msp.example</UserID><Password>[redacted]</Password></Credential>',
    );
    expect(redacted).toContain('<PONumber>AT684213-1042</PONumber>');
  });

  it.each([
    ['<PASSWORD>x</PASSWORD>', '<PASSWORD>[redacted]</PASSWORD>'],
    ['<password type="t">multi\nline</password >', '<password>[redacted]</password>'],
    [
      '<password>a</password><password>b</password>',
      '<password>[redacted]</password><password>[redacted]</password>',
    ],
    ['<passwordHint>keep</passwordHint>', '<passwordHint>keep</passwordHint>'],
  ])('%j → %j', (body, expected) => {
    expect(redactTdSynnexBody(body)).toBe(expected);
  });
});
