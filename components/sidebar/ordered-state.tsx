// An ordered PO (issue 10 §3): "Ordered" with the distributor's order numbers and the PO's status — a
// state, never a red "Cannot submit yet — Already ordered". Tracking follows in Order status (issue 5).
interface Props {
  /** The distributor the order went to, as the user reads it. */
  label: string;
  orderNumbers: string[];
  statusLabel: string;
  /** Partly rejected: some lines were not ordered. */
  partial?: boolean;
}

export function OrderedState({ label, orderNumbers, statusLabel, partial = false }: Props) {
  return (
    <section aria-labelledby="ordered-heading" className="ordered">
      <h2 id="ordered-heading">
        <span className="chip chip-ok">Ordered</span>
      </h2>
      <dl className="facts">
        <dt>{orderNumbers.length > 1 ? `${label} orders` : `${label} order`}</dt>
        <dd>{orderNumbers.length ? orderNumbers.join(', ') : 'number not known yet'}</dd>
        <dt>PO status</dt>
        <dd>{statusLabel}</dd>
      </dl>
      {partial ? <p className="status-warn">Some lines were rejected by {label}.</p> : null}
      <p className="muted">Tracking and shipments appear under Order status.</p>
    </section>
  );
}
