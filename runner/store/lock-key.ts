// PostgreSQL advisory locks are keyed by one bigint. Ours is the first 8 bytes of SHA-256 of a name,
// as a signed 64-bit decimal string: stable across PostgreSQL versions and replicas (the server's
// hashtext() is an undocumented internal that may change), and a collision is vanishingly unlikely.
import { createHash } from 'node:crypto';

export function lockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}

/** A template's run lock (types.ts withTemplateLock). */
export const templateLockName = (templateId: string) => `bridge:${templateId}`;

/** Held while migrating; not of the form `bridge:<id>`, so never a template's lock. */
export const MIGRATION_LOCK = 'bridge-migrations';
