// Field changes as "field: now → after" rows, for the confirmation windows (issue 11 §1).

const FIELD_LABELS: Record<string, string> = {
  unitCost: 'Unit cost',
  unitPrice: 'Unit price',
  vendorCost: 'Vendor cost (distributor row)',
  msrp: 'MSRP',
  isActive: 'Active',
};

export function ChangesTable({
  changes,
  caption,
  distributorLabel,
}: {
  changes: Record<string, string>;
  caption: string;
  /** Whose ProductVendors row `vendorCost` is (the registry's label). */
  distributorLabel?: string;
}) {
  const labelOf = (field: string) =>
    field === 'vendorCost' && distributorLabel
      ? `Vendor cost (${distributorLabel} row)`
      : (FIELD_LABELS[field] ?? field);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col" className="num">
            Now
          </th>
          <th scope="col" className="num">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(changes).map(([field, change]) => {
          const [before, after] = change.split(' → ');
          return (
            <tr key={field}>
              <th scope="row">{labelOf(field)}</th>
              <td className="num">{before}</td>
              <td className="num">{after ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
