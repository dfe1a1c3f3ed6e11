// Product Sync's settings (issue 4 §1–§2): what it owns, how it prices, what it may create, and how
// much of the API budget one run may spend. Stored by lib/sync/template-settings.ts under the
// template id; parsed with this schema so a stored value from an older shape falls back to defaults.
// One set for every distributor (issue 12): category mapping, pricing and owned fields apply alike to
// each connected distributor's pass.
import { z } from 'zod';
import { BUDGET_SHARE, HOURLY_THRESHOLD_DEFAULT } from '../autotask/limits';

export const ROUNDINGS = ['cents', 'whole', 'ninety-nine'] as const;
export type Rounding = (typeof ROUNDINGS)[number];

export const pricingRuleSchema = z
  .object({
    /** markup: price = cost × (1 + p/100); margin: price = cost / (1 − p/100). */
    method: z.enum(['markup', 'margin']),
    percent: z.number().min(0).max(1000),
    rounding: z.enum(ROUNDINGS),
  })
  .strict()
  .refine((r) => r.method !== 'margin' || r.percent < 100, {
    message: 'A margin must be below 100 %.',
    path: ['percent'],
  });
export type PricingRule = z.infer<typeof pricingRuleSchema>;

/** Fields of Products / ProductVendors the sync may write. A field set to false is never written. */
export const ownedFieldsSchema = z
  .object({
    vendorCost: z.boolean(),
    unitCost: z.boolean(),
    unitPrice: z.boolean(),
    msrp: z.boolean(),
    isActive: z.boolean(),
  })
  .strict();
export type OwnedFields = z.infer<typeof ownedFieldsSchema>;

/**
 * Our allowance per rolling hour (lib/autotask/limits.ts: a fifth of the tenant's threshold). A run
 * may never plan for more than that; the default leaves a tenth of it to people using the sidebar.
 */
export const RUN_CAP_MAX = Math.floor(BUDGET_SHARE * HOURLY_THRESHOLD_DEFAULT);
export const RUN_CAP_DEFAULT = Math.floor(RUN_CAP_MAX * 0.9);

const label = z.string().trim().min(1).max(100);

export const productSyncSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** Local time of the daily run, 'HH:MM'. */
    dailyAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    /** A distributor's category (as in its catalogue file) → Autotask product category label. */
    categoryMapping: z.record(label, label),
    /** Applies where no per-category rule (by Autotask category label) exists. */
    defaultPricing: pricingRuleSchema,
    categoryPricing: z.record(label, pricingRuleSchema),
    updateExisting: z.boolean(),
    createNew: z.boolean(),
    deactivateDiscontinued: z.boolean(),
    /** Look products without a distributor's vendor row up at that distributor by manufacturer part number. */
    matchByMpn: z.boolean(),
    owned: ownedFieldsSchema,
    /** Autotask calls one run may make per rolling hour before it pauses. */
    runCap: z.number().int().min(100).max(RUN_CAP_MAX),
  })
  .strict();
export type ProductSyncSettings = z.infer<typeof productSyncSettingsSchema>;

export const DEFAULT_PRODUCT_SYNC_SETTINGS: ProductSyncSettings = {
  enabled: false,
  dailyAt: '02:00',
  categoryMapping: {},
  defaultPricing: { method: 'markup', percent: 25, rounding: 'cents' },
  categoryPricing: {},
  updateExisting: true,
  createNew: true,
  deactivateDiscontinued: true,
  matchByMpn: false,
  // MSRP is owned but only ever known from an imported catalogue file (price & availability has none).
  owned: { vendorCost: true, unitCost: true, unitPrice: true, msrp: true, isActive: true },
  runCap: RUN_CAP_DEFAULT,
};

export function ruleFor(settings: ProductSyncSettings, categoryLabel: string | undefined): PricingRule {
  const key = categoryLabel?.trim().toLowerCase();
  const match = Object.entries(settings.categoryPricing).find(([name]) => name.trim().toLowerCase() === key);
  return match?.[1] ?? settings.defaultPricing;
}

/** The Autotask category label a distributor's category maps to (case-insensitive), if mapped. */
export function mappedCategory(settings: ProductSyncSettings, category: string): string | undefined {
  const key = category.trim().toLowerCase();
  return Object.entries(settings.categoryMapping).find(([name]) => name.trim().toLowerCase() === key)?.[1];
}
