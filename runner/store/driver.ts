// The few things the SQL store needs from a database connection, so one store (sql-store.ts) serves
// both PGlite (pglite-driver.ts) and PostgreSQL (pg-driver.ts). Parameters are positional ($1, $2…);
// values come back as each client parses them (a bigint may be a number or a string), which the
// column maps (columns.ts) normalise.

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with parameters; rowCount is the rows a write touched. */
  query<R extends Row = Row>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<{ rows: R[]; rowCount: number }>;
  /** Several statements, no parameters (a migration script). */
  exec(sql: string): Promise<void>;
}

export type LockResult<T> = { ran: true; value: T } | { ran: false };

export interface Driver extends Queryable {
  /** BEGIN … COMMIT around `fn`, ROLLBACK when it throws. Inside, use only `tx`. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` while holding the named lock, or returns `{ ran: false }` at once if someone holds it. */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<LockResult<T>>;
  close(): Promise<void>;
}
