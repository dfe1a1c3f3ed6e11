// entityInformation, entityInformation/fields and entityInformation/userDefinedFields
// (API.md §2.1). Picklists are the tenant's own; their `value` is a STRING in metadata while entity
// fields hold the integer (API.md §2.1 notes, §6.9).
import { ENTITIES, type EntityDef, type FieldDef } from './entities';
import type { EffectiveSecurity } from './security';
import type { Tenant } from './store';

export function entityInformation(def: EntityDef, security: EffectiveSecurity) {
  const access = security.access(def);
  return {
    info: {
      name: def.infoName,
      canCreate: def.canCreate,
      canDelete: def.canDelete,
      canQuery: true,
      canUpdate: def.canUpdate,
      userAccessForCreate: access.create,
      userAccessForDelete: access.delete,
      userAccessForQuery: access.query,
      userAccessForUpdate: access.update,
      hasUserDefinedFields: def.hasUserDefinedFields,
      supportsWebhookCallouts: false,
    },
  };
}

function fieldInfo(def: EntityDef, field: FieldDef, tenant: Tenant) {
  const picklist = field.picklist ? (tenant.picklists[`${def.name}.${field.name}`] ?? []) : null;
  return {
    name: field.name,
    dataType: field.type,
    length: field.length ?? 0,
    isRequired: Boolean(field.required) || field.name === 'id',
    isReadOnly: Boolean(field.readOnly),
    isQueryable: true,
    isReference: field.ref !== undefined,
    referenceEntityType: field.ref ? ENTITIES[field.ref].infoName : '',
    isPickList: picklist !== null,
    picklistValues:
      picklist?.map((entry, index) => ({
        value: String(entry.value),
        label: entry.label,
        isDefaultValue: entry.isDefaultValue,
        sortOrder: index + 1,
        parentValue: '',
        isActive: entry.isActive,
        isSystem: entry.isSystem,
      })) ?? null,
    picklistParentValueField: '',
    isSupportedWebhookField: false,
  };
}

export function fieldsInformation(def: EntityDef, tenant: Tenant) {
  return { fields: def.fields.map((field) => fieldInfo(def, field, tenant)) };
}

export function udfInformation(def: EntityDef, tenant: Tenant) {
  return {
    fields: (tenant.udfs[def.name] ?? []).map((udf) => ({
      name: udf.name,
      label: udf.name,
      type: udf.dataType,
      length: udf.length,
      description: udf.description,
      isRequired: udf.isRequired,
      isReadOnly: false,
      isQueryable: true,
      isReference: false,
      referenceEntityType: '',
      isPickList: false,
      picklistValues: null,
      picklistParentValueField: '',
      defaultValue: null,
      isEncrypted: false,
      isProtected: false,
      isVisibleToClientPortal: false,
      mergeVariableName: null,
      displayFormat: 1,
      decimalPlaces: 0,
      sortOrder: 0,
    })),
  };
}
