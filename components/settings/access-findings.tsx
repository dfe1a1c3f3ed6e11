// What Connect found missing: entity permissions the templates need, and warnings such as an API user
// that cannot read costs (API.md §1.1). Each is shown with its hint from the catalogue.
import { ErrorHint } from '../ui/error-hint';
import type { AppErrorData } from '../../lib/errors/app-error';
import { HINT_CODES } from '../../lib/hints/catalogue';

const missingAsError = (missing: string[]): AppErrorData => ({
  kind: 'permission',
  service: 'autotask',
  status: 403,
  code: HINT_CODES.missingAccess,
  message: `The API user lacks: ${missing.join(', ')}`,
});

// The background phrases the no-costs warning in plain words (results.ts: "the API user cannot read
// costs"); this is how we recognise it. The error is ours (service 'extension'): nothing failed.
const NO_COSTS = /cost/i;
const noCostsAsError = (warning: string): AppErrorData => ({
  kind: 'validation',
  service: 'extension',
  status: 0,
  code: HINT_CODES.cannotReadCosts,
  message: warning,
});

export function AccessFindings({ missing, warnings }: { missing: string[]; warnings: string[] }) {
  if (missing.length === 0 && warnings.length === 0) {
    return <p className="muted">The API user can reach every entity the templates need.</p>;
  }
  return (
    <div>
      {missing.length > 0 ? (
        <>
          <h3>Missing permissions</h3>
          <ul>
            {missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <ErrorHint error={missingAsError(missing)} />
        </>
      ) : null}
      {warnings.map((warning) =>
        NO_COSTS.test(warning) ? (
          <ErrorHint key={warning} error={noCostsAsError(warning)} />
        ) : (
          <p key={warning} className="status-warn">
            {warning}
          </p>
        ),
      )}
    </div>
  );
}
