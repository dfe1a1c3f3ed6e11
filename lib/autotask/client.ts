// The Autotask REST client (API.md; STYLE.md §5): entity operations on the transport. Every
// method returns a zod-checked value; expected answers become values ({"item":null} → undefined),
// everything else the one AppError.
import { assertSchemaFitsFields } from './include-fields';
import { check, malformed } from './parse';
import { isIn, splitInValues, toWireQuery } from './query';
import {
  entityInfoSchema,
  fieldsSchema,
  itemEnvelopeSchema,
  itemIdSchema,
  pageEnvelopeSchema,
  queryCountSchema,
  thresholdSchema,
} from './schemas';
import { createTransport } from './transport';
import type { AutotaskClientOptions, Call } from './transport';
import type { AutotaskClient, FieldInfo, ParentRef, ThresholdInfo } from './types';

export type { AutotaskClientOptions } from './transport';

export function createAutotaskClient(options: AutotaskClientOptions): AutotaskClient {
  const { zone, json, budget } = createTransport(options);
  const childPath = (entity: string, parent?: ParentRef) =>
    parent ? `${parent.entity}/${parent.id}/${parent.child}` : entity;

  const fieldCache = new Map<string, Promise<FieldInfo[]>>();

  let lastThreshold: { at: number; info: ThresholdInfo } | undefined;
  const client: AutotaskClient = {
    zone,

    async *queryPages(entity, query, schema, signal) {
      assertSchemaFitsFields(entity, schema, query.includeFields);
      const body = toWireQuery(query);
      const seen = new Set<string>();
      const ids = new Set<number>();
      let next: string | undefined;
      do {
        // Next pages: POST with the same body; a GET there is a 405 (API.md §2.4, §6.1).
        const call: Call = next
          ? { entity, method: 'POST', url: next, body, intent: 'read', operation: `${entity}.query` }
          : {
              entity,
              method: 'POST',
              path: `${entity}/query`,
              body,
              intent: 'read',
              operation: `${entity}.query`,
            };
        const { body: raw, ctx } = await json(call, signal);
        const page = check(pageEnvelopeSchema, raw, ctx);
        const rows = page.items.map((item, i) => check(schema, item, ctx, `items[${i}]`));
        // Pages are ordered by id; an id twice means a broken answer that would be written twice.
        rows.forEach((row, i) => {
          const id = (row as { id?: unknown }).id;
          if (typeof id !== 'number') return;
          if (ids.has(id)) throw malformed(ctx, `id ${id} appears twice.`, `items[${i}].id`);
          ids.add(id);
        });
        yield rows;
        next = page.pageDetails.nextPageUrl ?? undefined;
        if (next && seen.has(next))
          throw malformed(ctx, 'nextPageUrl repeats a page.', 'pageDetails.nextPageUrl');
        if (next) seen.add(next);
      } while (next);
    },

    async queryAll(entity, query, schema, signal) {
      const rows = [];
      for await (const page of client.queryPages(entity, query, schema, signal)) rows.push(...page);
      return rows;
    },

    async queryIn(entity, field, values, schema, extra, signal) {
      const others = extra?.filter ?? [];
      const rows = [];
      // ≤ 500 OR conditions per query, the other filters' ORs included (API.md §2.2).
      for (const chunk of splitInValues(values, others)) {
        rows.push(
          ...(await client.queryAll(
            entity,
            { ...extra, filter: [...others, isIn(field, chunk)] },
            schema,
            signal,
          )),
        );
      }
      return rows;
    },

    async count(entity, filter, signal) {
      const { filter: wire } = toWireQuery({ filter });
      const call: Call = {
        entity,
        method: 'POST',
        path: `${entity}/query/count`,
        body: { filter: wire },
        intent: 'read',
        operation: `${entity}.count`,
      };
      const { body, ctx } = await json(call, signal);
      return check(queryCountSchema, body, ctx).queryCount;
    },

    async get(entity, id, schema, signal) {
      const call: Call = {
        entity,
        method: 'GET',
        path: `${entity}/${id}`,
        intent: 'read',
        operation: `${entity}.get`,
      };
      const { body, ctx } = await json(call, signal);
      const { item } = check(itemEnvelopeSchema, body, ctx);
      return item === null ? undefined : check(schema, item, ctx, 'item');
    },

    async create(entity, body, parent, signal) {
      const call: Call = {
        entity,
        method: 'POST',
        path: childPath(entity, parent),
        body,
        intent: 'write',
        operation: `${entity}.create`,
      };
      const { body: raw, ctx } = await json(call, signal);
      return check(itemIdSchema, raw, ctx).itemId;
    },

    async update(entity, patch, parent, signal) {
      // PATCH: `id` in the body, no `/{id}` in the URL, only the changed fields (API.md §2.1).
      const call: Call = {
        entity,
        method: 'PATCH',
        path: childPath(entity, parent),
        body: patch,
        intent: 'write',
        operation: `${entity}.update`,
      };
      const { body: raw, ctx } = await json(call, signal);
      return check(itemIdSchema, raw, ctx).itemId;
    },

    async entityInfo(entity, signal) {
      const call: Call = {
        entity,
        method: 'GET',
        path: `${entity}/entityInformation`,
        intent: 'read',
        operation: `${entity}.entityInformation`,
      };
      const { body, ctx } = await json(call, signal);
      return check(entityInfoSchema, body, ctx).info;
    },

    fields(entity, signal) {
      // Picklists are tenant-specific: read at runtime, cached per entity (API.md §2.1, §6.9).
      const key = entity.toLowerCase();
      let cached = fieldCache.get(key);
      if (!cached) {
        const call: Call = {
          entity,
          method: 'GET',
          path: `${entity}/entityInformation/fields`,
          intent: 'read',
          operation: `${entity}.fields`,
        };
        cached = json(call, signal).then(({ body, ctx }) => check(fieldsSchema, body, ctx).fields);
        cached.catch(() => fieldCache.delete(key));
        fieldCache.set(key, cached);
      }
      return cached;
    },

    async picklistValue(entity, field, label, signal) {
      const info = (await client.fields(entity, signal)).find(
        (f) => f.name.toLowerCase() === field.toLowerCase(),
      );
      const wanted = label.trim().toLowerCase();
      const matches = (info?.picklistValues ?? []).filter((v) => v.label.trim().toLowerCase() === wanted);
      return (matches.find((v) => v.isActive) ?? matches[0])?.value;
    },

    async threshold(signal) {
      const call: Call = {
        entity: 'ThresholdInformation',
        method: 'GET',
        path: 'ThresholdInformation',
        intent: 'read',
        operation: 'ThresholdInformation',
      };
      const { body, ctx } = await json(call, signal);
      const info = check(thresholdSchema, body, ctx);
      lastThreshold = { at: Date.now(), info };
      await budget.observeThreshold(info);
      return info;
    },

    lastThreshold: () => lastThreshold,
  };
  return client;
}
