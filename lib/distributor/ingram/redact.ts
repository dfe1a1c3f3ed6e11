// Secrets of the Ingram connection: the client secret (in the token request's form body) and the
// bearer token (in the token answer and every Authorization header). Headers never leave the
// policy (lib/errors/redact.ts); these helpers clean the bodies and any text quoted in an error.
import { REDACTED } from '../../errors/redact';

const FORM_SECRET = /((?:^|&)(?:client_secret|access_token)=)[^&]*/gi;
const JSON_SECRET = /("(?:client_secret|access_token)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

/** The token form body or a token answer, with the secret and token values replaced. */
export function redactIngramBody(body: string): string {
  return body.replace(FORM_SECRET, `$1${REDACTED}`).replace(JSON_SECRET, `$1"${REDACTED}"`);
}

/** Replaces every occurrence of each known secret (client secret, current token) in `text`. */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  return redactIngramBody(out);
}

export { REDACTED };
