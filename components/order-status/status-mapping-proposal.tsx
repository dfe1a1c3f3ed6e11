// The status mapping a new install is offered (issue 10 §1): read from the names of the tenant's PO
// statuses in the background, shown as a proposal, saved only when the user chooses `Use these`.
import { MAPPABLE_STATUSES, STATUS_LABELS } from '../../lib/order-status/view-types';
import type { MappableStatus, MappingChoice } from '../../lib/order-status/view-types';

function choiceLabel(choice: MappingChoice, labelOf: (id: number) => string | undefined): string {
  if (choice.kind === 'none') return 'No change';
  if (choice.kind === 'note') return 'Note only';
  return labelOf(choice.statusId) ?? `Status ${choice.statusId}`;
}

export function Proposal({
  proposal,
  labelOf,
  onUse,
}: {
  proposal: Partial<Record<MappableStatus, MappingChoice>>;
  labelOf(id: number): string | undefined;
  onUse(): void;
}) {
  return (
    <div className="proposal" role="group" aria-labelledby="mapping-proposal-heading">
      <h4 id="mapping-proposal-heading">Proposed status mapping</h4>
      <p className="help-text">
        Nothing is mapped yet. These Autotask statuses were picked from their names; check them and choose Use
        these, or set each row below yourself.
      </p>
      <ul>
        {MAPPABLE_STATUSES.map((status) => {
          const choice = proposal[status];
          return choice ? (
            <li key={status}>
              {STATUS_LABELS[status]} → <strong>{choiceLabel(choice, labelOf)}</strong>
            </li>
          ) : null;
        })}
      </ul>
      <button type="button" className="primary" onClick={onUse}>
        Use these
      </button>
    </div>
  );
}
