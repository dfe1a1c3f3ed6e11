// What a distributor's parser knows about the exchange it reads: the operation, the redacted
// request, the status, whether it was a write, and how to scrub secrets from quoted text. Shared by
// every distributor folder so each builds its errors from the same facts.
import type { RedactedRequest } from '../errors/app-error';
import { redactRequest } from '../errors/redact';
import type { HttpRequest } from '../http/types';

export interface ExchangeContext {
  /** The operation's name, e.g. `PriceAvailability`, `OrderSubmit`, `Token`. */
  operation: string;
  request: RedactedRequest;
  status: number;
  /** A write whose answer cannot be read may still have created the order: its outcome is unknown. */
  intent: 'read' | 'write';
  /** Removes secrets from any response text quoted in an error. */
  scrub: (text: string) => string;
}

export function exchangeContext(
  req: Pick<HttpRequest, 'method' | 'url' | 'operation' | 'intent'> & Partial<HttpRequest>,
  status: number,
  scrub: (text: string) => string,
): ExchangeContext {
  return {
    operation: req.operation ?? new URL(req.url).pathname,
    request: redactRequest(req),
    status,
    intent: req.intent,
    scrub,
  };
}
