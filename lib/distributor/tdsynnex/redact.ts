// Credentials travel inside the XML body (TDSYNNEX-XML.md rule 6): `<password>` in price requests,
// `<Password>` in the SynnexB2B credential block. Every body that could reach an error or a log
// goes through this first. Values are XML-escaped by the builder, so a password cannot contain a
// literal `</password>` that would end the match early.

const PASSWORD_ELEMENT = /<(password)(\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi;

export const REDACTED = '[redacted]';

export function redactTdSynnexBody(body: string): string {
  return body.replace(PASSWORD_ELEMENT, (_match, name: string) => `<${name}>${REDACTED}</${name}>`);
}
