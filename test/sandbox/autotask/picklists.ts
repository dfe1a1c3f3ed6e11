// Tenant picklists (API.md §2.1 notes, §6.9): ids differ per tenant, so every rule in the simulator
// finds a value by its label and never by a hard-coded id. The demo tenant deliberately uses
// unusual ids (seed.ts) so a client that hard-codes 1=New, 2=Submitted… fails against it.

export interface PicklistEntry {
  value: number;
  label: string;
  isActive: boolean;
  isDefaultValue: boolean;
  isSystem: boolean;
}

/** Keyed `Entity.field`, e.g. `PurchaseOrders.status`. */
export type Picklists = Record<string, PicklistEntry[]>;

type Spec = [value: number, label: string, flags?: { inactive?: boolean; isDefault?: boolean }];

export function picklist(specs: Spec[]): PicklistEntry[] {
  return specs.map(([value, label, flags]) => ({
    value,
    label,
    isActive: !flags?.inactive,
    isDefaultValue: Boolean(flags?.isDefault),
    isSystem: true,
  }));
}

/** PO status labels (API.md §4.3); rules look these up by label. */
export const PO_STATUS = {
  new: 'New',
  submitted: 'Submitted',
  partial: 'Received Partial',
  full: 'Received Full',
  cancel: 'Cancel',
} as const;

/** A fresh tenant's picklists: the "common" ids API.md calls [G] and Autotask's standard sets. */
export function standardPicklists(): Picklists {
  return {
    'PurchaseOrders.status': picklist([
      [1, PO_STATUS.new, { isDefault: true }],
      [2, PO_STATUS.submitted],
      [3, PO_STATUS.partial],
      [4, PO_STATUS.full],
      [5, PO_STATUS.cancel],
    ]),
    'PurchaseOrders.paymentTerm': picklist([
      [1, 'Net 30', { isDefault: true }],
      [2, 'Net 15'],
      [3, 'Net 45'],
      [4, 'Net 60'],
      [5, 'Due on Receipt'],
    ]),
    'PurchaseOrders.useItemDescriptionsFrom': picklist([
      [1, 'Product', { isDefault: true }],
      [2, 'Vendor Part Number'],
    ]),
    'Products.productCategory': picklist([
      [1, 'Hardware', { isDefault: true }],
      [2, 'Software'],
      [3, 'Services'],
    ]),
    'Products.billingType': picklist([
      [1, 'Standard', { isDefault: true }],
      [2, 'Per Contact'],
      [3, 'Per Asset'],
    ]),
    'Products.periodType': picklist([
      [1, 'One-Time', { isDefault: true }],
      [2, 'Monthly'],
      [3, 'Quarterly'],
      [4, 'Semi-Annual'],
      [5, 'Yearly'],
    ]),
    'Products.priceCostMethod': picklist([
      [1, 'Standard (Flat)', { isDefault: true }],
      [2, 'Markup'],
      [3, 'Margin'],
    ]),
    // Standard system values [C3] (API.md §4.7): 7 = Vendor.
    'Companies.companyType': picklist([
      [1, 'Customer', { isDefault: true }],
      [2, 'Lead'],
      [3, 'Prospect'],
      [4, 'Dead'],
      [6, 'Cancellation'],
      [7, 'Vendor'],
      [8, 'Partner'],
    ]),
  };
}

export function valueForLabel(lists: Picklists, key: string, label: string): number {
  const entry = lists[key]?.find((e) => e.label.toLowerCase() === label.toLowerCase());
  if (!entry) throw new Error(`Simulator picklist ${key} has no value labelled "${label}"`);
  return entry.value;
}

export function labelForValue(lists: Picklists, key: string, value: unknown): string | undefined {
  return lists[key]?.find((e) => e.value === value)?.label;
}
