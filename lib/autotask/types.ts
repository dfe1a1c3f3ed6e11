// The shape of the Autotask client (API.md). Implemented by lib/autotask/client.ts; every caller
// (connections, sync templates, background handlers) codes against this interface only.
import type { z } from 'zod';

export interface AutotaskCredentials {
  userName: string;
  secret: string;
  integrationCode: string;
}

/** zoneInformation answer (API.md §1.2). `url` ends in `/atservicesrest/`. */
export interface ZoneInfo {
  zoneName: string;
  url: string;
  webUrl: string;
  ci: number;
}

export type FilterOp =
  | 'eq'
  | 'noteq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'beginsWith'
  | 'endsWith'
  | 'contains'
  | 'exist'
  | 'notExist'
  | 'in'
  | 'notIn';

export type Filter =
  | { op: FilterOp; field: string; value?: string | number | boolean | (string | number)[]; udf?: boolean }
  | { op: 'and' | 'or'; items: Filter[] };

/** API.md §2.2, emitted in the camelCase form. */
export interface QueryModel {
  filter: Filter[];
  includeFields?: string[];
  maxRecords?: number;
}

export interface EntityInfo {
  name: string;
  canCreate: boolean;
  canDelete: boolean;
  canQuery: boolean;
  canUpdate: boolean;
  userAccessForCreate: string;
  userAccessForDelete: string;
  userAccessForQuery: string;
  userAccessForUpdate: string;
  hasUserDefinedFields: boolean;
}

export interface PicklistValue {
  value: number;
  label: string;
  isActive: boolean;
  isDefaultValue: boolean;
}

export interface FieldInfo {
  name: string;
  dataType: string;
  isRequired: boolean;
  isReadOnly: boolean;
  isPickList: boolean;
  picklistValues: PicklistValue[];
}

export interface ThresholdInfo {
  externalRequestThreshold: number;
  requestThresholdTimeframe: number;
  currentTimeframeRequestCount: number;
}

/** A child entity is written through its parent's URL (API.md §2.5). */
export interface ParentRef {
  entity: string;
  id: number;
  /** URL segment of the child under the parent, e.g. `Items`, `Vendors`, `Receiving`. */
  child: string;
}

export interface AutotaskClient {
  /** Resolved zone (cached per user name; re-resolved once on a 401). */
  zone(signal?: AbortSignal): Promise<ZoneInfo>;
  /** Pages of rows (≤ 500 each), following nextPageUrl by POST with the same body. */
  queryPages<S extends z.ZodType>(
    entity: string,
    query: QueryModel,
    schema: S,
    signal?: AbortSignal,
  ): AsyncGenerator<z.infer<S>[]>;
  queryAll<S extends z.ZodType>(
    entity: string,
    query: QueryModel,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.infer<S>[]>;
  /** `field in values`, split into queries of ≤ 500 values (API.md: ≤ 500 OR conditions). */
  queryIn<S extends z.ZodType>(
    entity: string,
    field: string,
    values: (string | number)[],
    schema: S,
    extra?: Omit<QueryModel, 'filter'> & { filter?: Filter[] },
    signal?: AbortSignal,
  ): Promise<z.infer<S>[]>;
  count(entity: string, filter: Filter[], signal?: AbortSignal): Promise<number>;
  /** undefined for `{"item": null}`. */
  get<S extends z.ZodType>(
    entity: string,
    id: number,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.infer<S> | undefined>;
  /** A write: sent once, never retried automatically. Returns the new id. */
  create(
    entity: string,
    body: Record<string, unknown>,
    parent?: ParentRef,
    signal?: AbortSignal,
  ): Promise<number>;
  /** PATCH with `id` in the body and only the changed fields. Never retried automatically. */
  update(
    entity: string,
    patch: { id: number } & Record<string, unknown>,
    parent?: ParentRef,
    signal?: AbortSignal,
  ): Promise<number>;
  entityInfo(entity: string, signal?: AbortSignal): Promise<EntityInfo>;
  fields(entity: string, signal?: AbortSignal): Promise<FieldInfo[]>;
  /** Picklist value id for a label (case-insensitive), e.g. PurchaseOrders.status 'Submitted'. */
  picklistValue(
    entity: string,
    field: string,
    label: string,
    signal?: AbortSignal,
  ): Promise<number | undefined>;
  threshold(signal?: AbortSignal): Promise<ThresholdInfo>;
  /**
   * The last ThresholdInformation this client read and when (epoch ms), so a reader moments later
   * (Product Sync's run budget after the engine's gate) need not spend a call on it again.
   */
  lastThreshold?(): { at: number; info: ThresholdInfo } | undefined;
}
