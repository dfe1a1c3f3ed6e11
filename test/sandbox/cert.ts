// A throwaway certificate made at start-up for the loopback sandbox (E2E.md "Serve HTTPS"). Chromium is
// started with --ignore-certificate-errors, so it only has to name the production hosts we map to
// 127.0.0.1; nothing is written to disk and nothing outlives the process.
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

// A wildcard covers one label only, so TD SYNNEX's ec.us / testec.ca hosts need their own entries.
export const SANDBOX_HOST_NAMES = [
  '*.autotask.net',
  '*.tdsynnex.com',
  '*.us.tdsynnex.com',
  '*.ca.tdsynnex.com',
  'localhost',
] as const;

export async function createSandboxCertificate(): Promise<Certificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 7 * 24 * 3600_000);
  const pems = await generate([{ name: 'commonName', value: 'Autotask Bridge sandbox' }], {
    keyType: 'ec', // P-256: fast to generate on every start, unlike a 2048-bit RSA key
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...SANDBOX_HOST_NAMES.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
