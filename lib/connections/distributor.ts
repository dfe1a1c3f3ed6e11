// Connect and Reconnect of a distributor account, and the choice of the Autotask vendor company that
// stands for it (issue 2 §4 "Connections", issue 12 §3). Which fields an account has, which are
// secret and how the login is proven come from the distributor's registry entry.
import { companySchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import { distributorById } from '../distributor/registry';
import { accountSchemaOf } from '../distributor/accounts';
import type { AccountInput } from '../distributor/module';
import { AppError } from '../errors/app-error';
import type { DistributorConnectionView, VendorOption } from '../messaging/results';
import { messageOf } from './autotask';
import type { ConnectionDeps } from './ports';

/** The account's fields that may be shown and kept in chrome.storage: all but its secrets. */
function shownFields(id: string, account: AccountInput): Record<string, string> {
  const { secretFields } = distributorById(id);
  return Object.fromEntries(Object.entries(account).filter(([name]) => !secretFields.includes(name)));
}

function invalidAccount(id: string, detail: string): AppError {
  return new AppError({
    kind: 'validation',
    service: 'distributor',
    distributor: id,
    status: 0,
    code: 'invalid-account',
    message: `${distributorById(id).label}: ${detail}`,
  });
}

export async function connectDistributor(
  id: string,
  input: AccountInput,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<DistributorConnectionView> {
  const info = distributorById(id);
  const parsed = accountSchemaOf(id).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidAccount(id, `${issue?.path.join('.') || 'account'}: ${issue?.message ?? 'invalid'}`);
  }
  const account = parsed.data;
  const shown = shownFields(id, account);
  try {
    await deps.probeDistributor(id, account, signal);
  } catch (error) {
    await deps.log({
      account: id,
      result: 'failed',
      summary: `Connect to ${info.label} ${info.describe(shown)} failed: ${messageOf(error)}`,
      error,
      hintId: deps.hintFor(error),
    });
    throw error;
  }
  await deps.secrets.save(id, account);
  deps.credentialsChanged();
  await deps.views.distributor(id).setValue({
    connected: true,
    account: shown,
    connectedAt: deps.now().toISOString(),
  });
  await deps.log({
    account: id,
    result: 'success',
    summary: `Connected to ${info.label} ${info.describe(shown)}`,
  });
  return distributorView(id, deps);
}

/** The stored view with the chosen vendor company, which is kept apart (lib/settings/settings.ts). */
export async function distributorView(
  id: string,
  deps: Pick<ConnectionDeps, 'views' | 'vendor'>,
): Promise<DistributorConnectionView> {
  const [view, vendor] = await Promise.all([
    deps.views.distributor(id).getValue(),
    deps.vendor(id).getValue(),
  ]);
  const { vendorCompanyId: _id, vendorCompanyName: _name, ...rest } = view;
  return vendor
    ? { ...rest, vendorCompanyId: vendor.companyId, vendorCompanyName: vendor.companyName }
    : rest;
}

/** New secrets for the account already set up; every other field is kept. */
export async function reconnectDistributor(
  id: string,
  secrets: Record<string, string>,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<DistributorConnectionView> {
  const info = distributorById(id);
  const view = await deps.views.distributor(id).getValue();
  if (!view.account || Object.keys(view.account).length === 0) {
    throw new AppError({
      kind: 'validation',
      service: 'distributor',
      distributor: id,
      status: 0,
      code: 'not-configured',
      message: `${info.label} is not set up yet: use Connect with the account details.`,
    });
  }
  const unknown = Object.keys(secrets).filter((name) => !info.secretFields.includes(name));
  if (unknown.length) throw invalidAccount(id, `Reconnect changes only ${info.secretFields.join(', ')}`);
  return connectDistributor(id, { ...view.account, ...secrets }, deps, signal);
}

const vendorRow = companySchema.pick({ id: true, companyName: true });

/**
 * The tenant's active vendor companies, the ones named like this distributor first. companyType is a
 * tenant picklist: its id is read by label ('Vendor'), not assumed to be 7 (API.md §2.1, §4.7).
 */
export async function listVendors(
  id: string,
  client: AutotaskClient,
  signal?: AbortSignal,
): Promise<VendorOption[]> {
  const vendorType = await client.picklistValue('Companies', 'companyType', 'Vendor', signal);
  if (vendorType === undefined) {
    throw new AppError({
      kind: 'validation',
      service: 'autotask',
      status: 0,
      code: 'picklist-label-missing',
      message: 'The Companies company type picklist has no value labelled "Vendor".',
    });
  }
  const rows = await client.queryAll(
    'Companies',
    {
      filter: [
        { op: 'eq', field: 'companyType', value: vendorType },
        { op: 'eq', field: 'isActive', value: true },
      ],
      includeFields: ['id', 'companyName'],
    },
    vendorRow,
    signal,
  );
  const pattern = distributorById(id).vendorNamePattern;
  return rows
    .map((row) => ({ id: row.id, name: row.companyName ?? `Company ${row.id}`, suggested: false }))
    .map((option) => ({ ...option, suggested: pattern.test(option.name) }))
    .sort((a, b) => Number(b.suggested) - Number(a.suggested) || a.name.localeCompare(b.name));
}

/**
 * Stores the chosen vendor company after checking it exists, is a vendor, and does not already stand
 * for another distributor (a PO's vendor decides where it is ordered: one company, one distributor).
 */
export async function selectVendor(
  id: string,
  companyId: number,
  client: AutotaskClient,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<DistributorConnectionView> {
  const vendors = await listVendors(id, client, signal);
  const chosen = vendors.find((vendor) => vendor.id === companyId);
  if (!chosen) {
    throw new AppError({
      kind: 'not-found',
      service: 'autotask',
      status: 0,
      message: `Company ${companyId} is not an active vendor company in this Autotask tenant.`,
    });
  }
  const taken = await deps.vendorOwner(companyId);
  if (taken && taken !== id) {
    throw new AppError({
      kind: 'conflict',
      service: 'autotask',
      status: 0,
      code: 'vendor-taken',
      message: `${chosen.name} already stands for ${distributorById(taken).label}: choose another vendor company.`,
    });
  }
  await deps.vendor(id).setValue({ companyId: chosen.id, companyName: chosen.name });
  return distributorView(id, deps);
}

/**
 * First run (issue 10 §5): when exactly one of the tenant's vendor companies is named like the
 * distributor and none is chosen yet, Connect saves it — the options page shows it as saved and
 * changeable. Several candidates, none, or no Autotask connection yet: the user chooses.
 */
export async function autoSelectVendor(
  id: string,
  client: () => Promise<AutotaskClient>,
  deps: Pick<ConnectionDeps, 'views' | 'vendor' | 'vendorOwner'>,
  signal?: AbortSignal,
): Promise<DistributorConnectionView> {
  if (!(await deps.vendor(id).getValue())) {
    try {
      const candidates = (await listVendors(id, await client(), signal)).filter((vendor) => vendor.suggested);
      const [only] = candidates;
      if (only && candidates.length === 1 && !(await deps.vendorOwner(only.id))) {
        await deps.vendor(id).setValue({ companyId: only.id, companyName: only.name });
      }
    } catch {
      // Autotask not connected or not readable: the choice waits for the options page.
    }
  }
  return distributorView(id, deps);
}
