// Response shapes of the Autotask REST API (API.md §1.3): business-rule failures are HTTP 500 with
// `{"errors":[…]}`; unknown routes and wrong verbs answer ASP.NET-style `{"Message": …}` bodies.

/** Thrown anywhere inside a handler; the router turns it into the response. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** ASP.NET-style `{"Message":…}` instead of `{"errors":[…]}` (404/405/401, API.md §1.3). */
    readonly aspNet = false,
  ) {
    super(message);
  }
}

/** 500 + errors[]: "your request broke a rule" (API.md §1.3, simulator rule). */
export const ruleError = (message: string): SimError => new SimError(500, message);

export const notFound = (url: string): SimError =>
  new SimError(404, `No HTTP resource was found that matches the request URI '${url}'.`, {}, true);

/** Exact body seen live on a GET to a POST-only route (API.md §1.3, WYRE-AI/autotask-mcp PR #170). */
export const wrongVerb = (method: string): SimError =>
  new SimError(405, `The requested resource does not support http method '${method}'.`, {}, true);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function errorResponse(error: SimError): Response {
  const body = error.aspNet ? { Message: error.message } : { errors: [error.message] };
  return json(body, error.status, error.headers);
}

export function html(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
