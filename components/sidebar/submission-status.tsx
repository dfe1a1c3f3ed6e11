// The PO's submission to its distributor as the outbox knows it: "Ordered" with its order numbers, an outcome
// still being settled, or a rejection with its explicit `Re-submit as new order`.
import type { SubmissionView } from '../../lib/orders/views';
import { OrderedState } from './ordered-state';

interface Props {
  submission: SubmissionView;
  /** The PO's Autotask status: given (the sidebar), an accepted order shows as the "Ordered" state. */
  statusLabel?: string;
  onResubmit?: () => void;
  /** A re-submission is being opened: the button must not start a second one. */
  busy?: boolean;
}

export function SubmissionStatus({ submission, statusLabel, onResubmit, busy = false }: Props) {
  const accepted = submission.state === 'accepted';
  const label = submission.distributor?.label ?? 'The distributor';
  return (
    <section aria-label={`${label} submission`}>
      {accepted && statusLabel !== undefined ? (
        <OrderedState
          label={label}
          orderNumbers={submission.orderNumbers}
          statusLabel={statusLabel}
          partial={submission.result === 'partial'}
        />
      ) : (
        <p role="status" className={accepted ? 'status-ok' : 'status-warn'}>
          {submission.message}
        </p>
      )}
      {submission.writeBack && submission.writeBack !== 'done' ? (
        <p className="status-warn">
          Writing the order back to Autotask is pending; it is retried automatically.
        </p>
      ) : null}
      {submission.linesChanged ? (
        <p role="alert" className="status-warn">
          The PO&apos;s lines changed in Autotask since this order was placed: compare them with the order.
        </p>
      ) : null}
      {submission.canResubmit && onResubmit ? (
        <button type="button" onClick={onResubmit} disabled={busy}>
          Re-submit as new order
        </button>
      ) : null}
    </section>
  );
}
