// Version 2 of the runner's schema: what the engine's storage port (lib/host/store.ts) needs beyond
// version 1 — the Autotask API budget's per-minute call counts (the extension's `apiCalls` table,
// lib/autotask/budget-buckets.ts), so a restarted runner still knows what it spent this hour.
export const SCHEMA_V2 = `
CREATE TABLE api_calls (
  service text NOT NULL,
  minute bigint NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (service, minute)
);
`;
