// Display formatting shared by the pages. Dates arrive as ISO strings (UTC, API.md §0).

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Amounts without a currency symbol: Autotask stores the tenant's currency, which we do not know. */
export function formatMoney(value: number | undefined): string {
  return value === undefined ? '—' : money.format(value);
}
