// The secrets vault (issue 2 §4 "Secrets"). Credentials are encrypted at rest in the extension's own
// IndexedDB with an AES-GCM key that WebCrypto generated as non-extractable: the CryptoKey object is
// stored (IndexedDB can structured-clone it) but its bytes can never be exported, not even by us.
// chrome.storage is never used: content scripts can read chrome.storage.local.
//
// Only the background imports this module; every other context asks the background, which never
// sends a secret back (lib/messaging/results.ts).
import { z } from 'zod';
import { isDistributorId } from '../distributor/registry';
import { db } from '../db/db';
import { guardStorage } from '../errors/storage-error';
import type { SecretRecord } from '../db/records';

const autotaskBundle = z
  .object({ userName: z.string(), secret: z.string(), integrationCode: z.string() })
  .strict();
/** The team runner's bearer token (issue 13 §2): runner/api/auth.ts checks it. */
const runnerBundle = z.object({ token: z.string().min(1) }).strict();
/** A distributor's whole account as its registry entry's schema accepted it (all strings). */
const distributorBundle = z.record(z.string(), z.string());

/** 'autotask', 'runner' or a distributor's registry id (lib/distributor/registry.ts). */
export type SecretName = string;
export type SecretBundle<N extends SecretName> = N extends 'autotask'
  ? z.infer<typeof autotaskBundle>
  : N extends 'runner'
    ? z.infer<typeof runnerBundle>
    : z.infer<typeof distributorBundle>;
export type AutotaskCredentials = SecretBundle<'autotask'>;

function bundleSchema(name: SecretName): z.ZodType<Record<string, string>> {
  if (name === 'autotask') return autotaskBundle;
  if (name === 'runner') return runnerBundle;
  if (isDistributorId(name)) return distributorBundle;
  throw new RangeError(`No secret is kept under the name ${name}`);
}

const KEY_RECORD = 'vault.key';
const ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
/** 96-bit IVs, random per encryption: the size AES-GCM is specified for (NIST SP 800-38D §8.2). */
const IV_BYTES = 12;

async function readKey(): Promise<CryptoKey | undefined> {
  return (await db.meta.get(KEY_RECORD))?.value as CryptoKey | undefined;
}

/**
 * Read on every use rather than cached in memory: a cache would outlive a deleteAll made by another
 * context and encrypt with a key nobody can find again.
 * The key is generated outside the transaction (WebCrypto is not IndexedDB work and would end it),
 * then stored only if no other context stored one first; the loser's key is dropped.
 */
async function getOrCreateKey(): Promise<CryptoKey> {
  const existing = await readKey();
  if (existing) return existing;
  const fresh = await crypto.subtle.generateKey(ALGORITHM, false, ['encrypt', 'decrypt']);
  return guardStorage(() =>
    db.transaction('rw', db.meta, async () => {
      const raced = await readKey();
      if (raced) return raced;
      await db.meta.put({ key: KEY_RECORD, value: fresh });
      return fresh;
    }),
  );
}

/** The record name is bound as additional data, so a ciphertext copied to another name fails to open. */
function aad(name: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`autotask-bridge:${name}`);
}

export async function saveSecret<N extends SecretName>(name: N, value: SecretBundle<N>): Promise<void> {
  const plain = new TextEncoder().encode(JSON.stringify(bundleSchema(name).parse(value)));
  const key = await getOrCreateKey();
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(name) }, key, plain);
  const record: SecretRecord = { name, v: 1, iv, data: new Uint8Array(data) };
  await guardStorage(() => db.secrets.put(record));
}

/** Undefined when absent, or when the record cannot be decrypted (its key was deleted). */
export async function loadSecret<N extends SecretName>(name: N): Promise<SecretBundle<N> | undefined> {
  const record = await db.secrets.get(name);
  if (!record) return undefined;
  const key = await readKey();
  if (!key) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(record.iv), additionalData: aad(name) },
      key,
      new Uint8Array(record.data),
    );
    const parsed = bundleSchema(name).safeParse(JSON.parse(new TextDecoder().decode(plain)));
    return parsed.success ? (parsed.data as SecretBundle<N>) : undefined;
  } catch {
    return undefined;
  }
}

export async function deleteSecret(name: SecretName): Promise<void> {
  await db.secrets.delete(name);
}

/** Deletes every secret and the key itself: even a copy of the old ciphertexts becomes unreadable. */
export async function deleteAll(): Promise<void> {
  await db.transaction('rw', db.secrets, db.meta, async () => {
    await db.secrets.clear();
    await db.meta.delete(KEY_RECORD);
  });
}
