// The headers of every Reseller API v6 call (APIS.md §2.1; IM-SPEC parameters): the bearer token,
// IM-CustomerNumber (≤ 10), IM-CountryCode (2 letters), IM-CorrelationID (≤ 32, new for every
// request) and the optional IM-SenderID (≤ 32).
import { MAX_CORRELATION_ID_LENGTH } from './limits';

export interface IngramAccountHeaders {
  customerNumber: string;
  countryCode: string;
  senderId?: string;
}

/** 32 hex digits: a UUID without its dashes fits the spec's 32-character limit exactly. */
export function newCorrelationId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, MAX_CORRELATION_ID_LENGTH);
}

export function ingramHeaders(
  account: IngramAccountHeaders,
  token: string,
  options: { json: boolean; correlationId?: string },
): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
    'IM-CustomerNumber': account.customerNumber,
    'IM-CountryCode': account.countryCode,
    'IM-CorrelationID': options.correlationId ?? newCorrelationId(),
  };
  if (account.senderId) headers['IM-SenderID'] = account.senderId;
  if (options.json) headers['Content-Type'] = 'application/json';
  return headers;
}
