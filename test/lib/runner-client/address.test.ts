import { describe, expect, it } from 'vitest';
import { runnerAddress } from '../../../lib/runner-client/address';
import { hintFor } from '../../../lib/hints/hints';

describe('runnerAddress', () => {
  it.each([
    [
      'https://bridge-runner.contoso.example',
      'https://bridge-runner.contoso.example',
      'https://bridge-runner.contoso.example/*',
    ],
    [
      ' https://runner.contoso.example:8443/bridge/ ',
      'https://runner.contoso.example:8443/bridge',
      'https://runner.contoso.example/*',
    ],
    [
      'https://runner.contoso.example/api/v1',
      'https://runner.contoso.example',
      'https://runner.contoso.example/*',
    ],
    ['http://localhost:8787', 'http://localhost:8787', 'http://localhost/*'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787', 'http://127.0.0.1/*'],
  ])('%s → %s, asking access to %s', (input, url, pattern) => {
    const address = runnerAddress(input);
    expect(address.url).toBe(url);
    expect(address.pattern).toBe(pattern);
    expect(address.apiBase).toBe(`${url}/api/v1`);
  });

  it.each([
    ['http://runner.contoso.example', 'runner-not-https'],
    ['http://192.168.1.20:8787', 'runner-not-https'],
    ['ftp://runner.contoso.example', 'runner-not-https'],
    ['runner.contoso.example', 'runner-invalid-url'],
    ['https://user:pw@runner.contoso.example', 'runner-invalid-url'],
    ['https://runner.contoso.example/?token=abc', 'runner-invalid-url'],
  ])('refuses %s (%s) with the "needs https" hint', (input, code) => {
    let thrown: unknown;
    try {
      runnerAddress(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code });
    expect(hintFor(thrown).id).toBe('runner-not-https');
  });
});
