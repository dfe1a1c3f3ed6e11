// The HTTP-level half of reading a TD SYNNEX answer, run by the policy (lib/http/policy.ts) on every
// response: status codes, HTML pages and non-XML content types. The body-level half (errorDetail,
// field values) is found while parsing (xml.ts, fields.ts). EC Express signals most failures with
// HTTP 200 (TDSYNNEX-XML.md rule 4), so a 200 is only usable when it is XML.
import type { AppError } from '../../errors/app-error';
import { classifyStatus, looksLikeHtml, parseRetryAfter, tryAgainAt } from '../../errors/classify';
import type { HttpRequest, HttpResponse, ResponseClassifier } from '../../http/types';
import { malformed } from './errors';
import { TDSYNNEX_REF } from './hosts';

/** `application/xml`, `text/xml` or any `+xml` type; a missing header is judged by the body. */
const XML_CONTENT_TYPE = /^(application|text)\/([\w.-]+\+)?xml\b/i;

import { exchangeContext } from '../exchange';

export { exchangeContext };

export const classifyTdSynnexResponse: ResponseClassifier = (
  res: HttpResponse,
  req: HttpRequest,
): AppError | undefined => {
  if (res.status >= 300) {
    return classifyStatus(res.status, 'distributor', {
      distributor: TDSYNNEX_REF,
      request: req,
      retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
    });
  }
  const ctx = exchangeContext(req, res.status, (text) => text);
  const contentType = res.headers.get('content-type');
  if (looksLikeHtml(res.text, contentType))
    // EC Express serves its maintenance (or a proxy's) page this way: say when to try again.
    return malformed(
      ctx,
      undefined,
      `an HTML page instead of XML (HTTP ${res.status}), TD SYNNEX is unavailable: ${tryAgainAt(undefined)}`,
    );
  if (contentType && !XML_CONTENT_TYPE.test(contentType.trim())) {
    return malformed(
      ctx,
      undefined,
      `content type ${JSON.stringify(contentType.slice(0, 80))} instead of XML`,
    );
  }
  if (!res.text.trimStart().startsWith('<')) return malformed(ctx, undefined, 'the body is not XML');
  return undefined;
};
