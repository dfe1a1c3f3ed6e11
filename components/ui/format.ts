// Display formatting shared by the pages. Dates arrive as ISO strings (UTC, API.md §0).

/**
 * What `Date.prototype.toLocaleString()` prints, from one formatter made once: toLocaleString builds
 * a new ICU formatter on every call (~0.5 ms), too slow for a list re-rendered on a filter change.
 */
const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Amounts without a currency symbol: Autotask stores the tenant's currency, which we do not know. */
export function formatMoney(value: number | undefined): string {
  return value === undefined ? '—' : money.format(value);
}
