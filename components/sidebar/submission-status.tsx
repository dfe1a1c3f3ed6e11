// The PO's TD SYNNEX submission as the outbox knows it: "TD SYNNEX order <numbers>", an outcome
// still being settled, or a rejection with its explicit `Re-submit as new order`.
import type { SubmissionView } from '../../lib/orders/views';

interface Props {
  submission: SubmissionView;
  onResubmit?: () => void;
}

export function SubmissionStatus({ submission, onResubmit }: Props) {
  return (
    <section aria-label="TD SYNNEX submission">
      <p role="status" className={submission.state === 'accepted' ? 'status-ok' : 'status-warn'}>
        {submission.message}
      </p>
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
        <button type="button" onClick={onResubmit}>
          Re-submit as new order
        </button>
      ) : null}
    </section>
  );
}
