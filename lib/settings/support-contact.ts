// The "Support contact" setting (issue 10 §6): where a support report should be sent — an e-mail
// address or a web address (a ticket form), or '' for none (the default). Plain zod, no storage, so
// the protocol, the background and the pages share one rule.
import { z } from 'zod';

const email = z.email();
const webAddress = z.url({ protocol: /^https?$/ });

/** Trimmed; '' clears it. Anything else must be an e-mail address or an http(s) URL. */
export const supportContactSchema = z
  .string()
  .trim()
  .max(200)
  .refine((value) => value === '' || email.safeParse(value).success || webAddress.safeParse(value).success, {
    message: 'Enter an e-mail address (support@example.com) or a web address (https://…).',
  });

/** Where a page tells the user to set it when it is empty. */
export const SET_SUPPORT_CONTACT_HINT = 'No support contact is set: add one in Options → Support contact.';

/** A mailto: or https: link for the contact (never another scheme: the value is user input). */
export function supportContactHref(contact: string): string | undefined {
  if (email.safeParse(contact).success) return `mailto:${contact}`;
  if (webAddress.safeParse(contact).success) return contact;
  return undefined;
}
