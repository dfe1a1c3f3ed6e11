// Builds a distributor's adapter from its registry id and account (issue 12 §1): the background's
// one way in. Each factory gives the adapter its own HTTP policy with that distributor's response
// classifier and hosts. Page bundles import registry.ts (data only), never this file.
import type { DistributorAdapter } from './adapter';
import type { AccountInput, AdapterDeps, DistributorFactory } from './module';
import { ingramFactory } from './ingram/module';
import { tdsynnexFactory } from './tdsynnex/module';

const FACTORIES: ReadonlyMap<string, DistributorFactory> = new Map(
  [tdsynnexFactory, ingramFactory].map((f) => [f.id, f]),
);

export function distributorFactory(id: string): DistributorFactory {
  const factory = FACTORIES.get(id);
  if (!factory) throw new RangeError(`Unknown distributor ${id}`);
  return factory;
}

export function createDistributorAdapter(
  id: string,
  account: AccountInput,
  deps: AdapterDeps = {},
): DistributorAdapter {
  return distributorFactory(id).createAdapter(account, deps);
}

/** Removes every registered distributor's secrets from a body (support report, log details). */
export function redactDistributorBodies(body: string): string {
  return [...FACTORIES.values()].reduce((text, factory) => factory.redactBody(text), body);
}

export type { DistributorAdapter } from './adapter';
export type { AccountInput, AdapterDeps } from './module';
