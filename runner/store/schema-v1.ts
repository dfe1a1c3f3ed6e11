// Version 1 of the runner's schema: the extension's Dexie tables (lib/db/db.ts) as PostgreSQL
// tables. PGlite is PostgreSQL compiled to WASM, so this text runs unchanged on both.
//
// - Times are epoch ms in `bigint` columns, as in the extension's rows: they compare and index the
//   same way, and round-trip exactly (a timestamptz would turn every read and write into a
//   conversion for no query we make).
// - Fields a query filters, sorts or compare-and-sets on are columns; rich values (errors, counts,
//   lines, checkpoints) are jsonb; `extra` keeps fields the row has but no column names (the
//   extension's rows grow without a schema version, e.g. lib/orders/outbox.ts OrderRecord).
// - The log's search key is `keys @> ARRAY[key]` on a GIN index, or an item's `key` (btree): the
//   same two indexes as Dexie's `*keys` and `activityItems.key` (lib/log/query.ts).
export const SCHEMA_V1 = `
CREATE TABLE activity (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at bigint NOT NULL,
  template text NOT NULL,
  operation text NOT NULL,
  result text NOT NULL CHECK (result IN ('success', 'partial', 'failed')),
  summary text NOT NULL,
  distributor text,
  error jsonb,
  hint_id text,
  keys text[] NOT NULL DEFAULT '{}',
  item_count integer NOT NULL DEFAULT 0,
  counts jsonb,
  duration_ms bigint,
  extra jsonb NOT NULL DEFAULT '{}'
);
-- Newest first, unfiltered and by template or result: each one index range scan, as in Dexie.
CREATE INDEX activity_at ON activity (at DESC, id DESC);
CREATE INDEX activity_template_at ON activity (template, at DESC, id DESC);
CREATE INDEX activity_result_at ON activity (result, at DESC, id DESC);
CREATE INDEX activity_keys ON activity USING gin (keys);

CREATE TABLE activity_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entry_id bigint NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  key text NOT NULL,
  label text NOT NULL,
  outcome text NOT NULL,
  message text,
  error jsonb,
  hint_id text,
  detail jsonb,
  extra jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX activity_items_entry ON activity_items (entry_id, id);
CREATE INDEX activity_items_key ON activity_items (key);

-- Issue 3's exactly-once record: the PO number is the primary key, so a second intent cannot exist.
CREATE TABLE outbox (
  po_number text PRIMARY KEY,
  po_id bigint NOT NULL,
  tenant_id bigint NOT NULL,
  distributor text,
  state text NOT NULL CHECK (state IN ('intent', 'submitting', 'accepted', 'rejected', 'unknown')),
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  lines jsonb NOT NULL,
  order_numbers jsonb,
  write_back text,
  not_found_at bigint,
  last_error jsonb,
  extra jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX outbox_po_id ON outbox (po_id);
CREATE INDEX outbox_state ON outbox (state);

CREATE TABLE runs (
  template_id text PRIMARY KEY,
  state text NOT NULL,
  checkpoint jsonb,
  started_at bigint,
  finished_at bigint,
  progress jsonb,
  last_result text,
  last_run_at bigint,
  lock_owner text,
  lock_expires_at bigint,
  extra jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE sku_state (
  key text PRIMARY KEY,
  sku text NOT NULL,
  distributor text,
  product_id bigint,
  status text NOT NULL,
  last_sync_at bigint,
  unit_cost double precision,
  unit_price double precision,
  last_outcome text,
  hint_id text,
  extra jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX sku_state_product ON sku_state (product_id);

CREATE TABLE meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
`;
