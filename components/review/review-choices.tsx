// The review's choices (issue 3 §2): which warehouse to ship from, and whether lines without stock
// may be backordered (each distributor's adapter sends it its own way).
interface Props {
  /** The PO's distributor as the user reads it. */
  label?: string;
  warehouses: { id: string; name: string }[];
  warehouse: string;
  onWarehouse(id: string): void;
  allowBackorder: boolean;
  onAllowBackorder(allow: boolean): void;
  /** While the order is being sent the choices cannot change. */
  locked?: boolean;
}

export function ReviewChoices({
  label = 'The distributor',
  warehouses,
  warehouse,
  onWarehouse,
  allowBackorder,
  onAllowBackorder,
  locked = false,
}: Props) {
  return (
    <fieldset disabled={locked}>
      <legend>Shipping</legend>
      <label>
        Ship from warehouse{' '}
        <select value={warehouse} onChange={(e) => onWarehouse(e.target.value)}>
          <option value="">{label} chooses</option>
          {warehouses.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={allowBackorder}
          onChange={(e) => onAllowBackorder(e.target.checked)}
        />{' '}
        Allow backorders
      </label>
    </fieldset>
  );
}
