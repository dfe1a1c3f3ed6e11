// Ingram's answer shapes, as IM-SPEC documents them: JSON bodies, the `errors[]` error body with
// `/errors/validation-failed` or `/errors/system-errors`, and the response headers that echo
// IM-CorrelationID / IM-SenderID / IM-CountryCode (IM-REQ).
//
// Texts Ingram does not document are the simulator's choice and match lib/distributor/ingram/
// classify.ts INGRAM_ERROR_CODES: DUPLICATE_PO, NOT_AUTHORIZED, NO_NET_TERMS.

export const DUPLICATE_PO = 'Duplicate customer order number: an order with this customerOrderNumber exists';
export const NOT_AUTHORIZED = 'Customer is not authorized to purchase this product';
export const NO_NET_TERMS =
  'Net terms are required to place orders through the API; contact your Ingram Micro credit representative';
/** IM-SPEC example message for a customer number that is not the API app's. */
export const INVALID_CUSTOMER_NUMBER = 'Invalid CustomerNumber';

export interface FieldError {
  field: string;
  value: string;
  message: string;
}

let errorSeq = 0;
const errorId = () => `SIM-${(errorSeq += 1)}-${new Date().toISOString()}`;

export function json(body: unknown, status: number, echo: Headers = new Headers()): Response {
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const name of ['IM-CorrelationID', 'IM-SenderID', 'IM-CountryCode']) {
    const value = echo.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers });
}

export function validationFailed(
  fields: FieldError[],
  message = 'Validation failed',
  echo?: Headers,
): Response {
  return json({ errors: [{ id: errorId(), type: '/errors/validation-failed', message, fields }] }, 400, echo);
}

export function systemError(status: number, echo?: Headers): Response {
  return json(
    {
      errors: [
        {
          id: errorId(),
          type: '/errors/system-errors',
          message: 'Some unexpected error occured, please contact support team for more details.',
        },
      ],
    },
    status,
    echo,
  );
}

/** [assumption] IM-SPEC gives no 401 body; an Apigee-style fault, like the token endpoint's 500. */
export function unauthorized(): Response {
  return json(
    {
      fault: {
        faultstring: 'Invalid Access Token',
        detail: { errorcode: 'keymanagement.service.invalid_access_token' },
      },
    },
    401,
  );
}

export function notFound(message: string, echo?: Headers): Response {
  return json({ errors: [{ id: errorId(), type: '/errors/not-found', message }] }, 404, echo);
}

export const MAINTENANCE_PAGE =
  '<!DOCTYPE html><html><head><title>Ingram Micro - Scheduled Maintenance</title></head>' +
  '<body><h1>The service is temporarily unavailable</h1></body></html>';
