// How a row leaves the simulator: camelCase fields in the entity's order, null where unset, and
// `userDefinedFields` listing every UDF the tenant defines for the entity (API.md §2.1 notes,
// §6.13); cost fields blanked for a user that can't read costs (API.md §1.1). Always a copy, so
// callers never hold the live row.
import type { EntityDef } from './entities';
import { maskCosts, type EffectiveSecurity } from './security';
import type { Row, Tenant } from './store';

export interface Viewer {
  tenant: Tenant;
  security: EffectiveSecurity;
}

export function present(
  def: EntityDef,
  row: Row,
  viewer: Viewer,
  includeFields?: string[],
): Record<string, unknown> {
  const visible = maskCosts(def, row, viewer.security);
  const out: Record<string, unknown> = { id: visible.id };
  for (const field of def.fields) {
    if (field.name === 'id') continue;
    if (includeFields && !includeFields.includes(field.name)) continue;
    out[field.name] = visible[field.name] ?? null;
  }
  if (!includeFields || includeFields.includes('userDefinedFields')) {
    const defined = viewer.tenant.udfs[def.name] ?? [];
    out.userDefinedFields = defined.map((udf) => ({
      name: udf.name,
      value: visible.userDefinedFields.find((u) => u.name === udf.name)?.value ?? null,
    }));
  }
  return out;
}
