// Connect and Reconnect of the TD SYNNEX EC Express account, and the choice of the Autotask vendor
// company that stands for TD SYNNEX (issue 2 §4 "Connections").
import { companySchema } from '../autotask/schemas';
import type { AutotaskClient } from '../autotask/types';
import { AppError } from '../errors/app-error';
import type { TdSynnexConnectionView, VendorOption } from '../messaging/results';
import { messageOf } from './autotask';
import type { ConnectionDeps, TdSynnexAccount } from './ports';

/**
 * Any SKU proves the login: EC Express answers an unknown part with a per-item "Not found", while bad
 * credentials make the whole response an `errorDetail` (TDSYNNEX-XML.md, price and availability),
 * which the adapter raises as an auth error.
 */
export const LOGIN_PROBE_SKU = '1';

export async function connectTdSynnex(
  account: TdSynnexAccount,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<TdSynnexConnectionView> {
  try {
    await deps.tdsynnexAdapter(account).priceAvailability([{ distributorSku: LOGIN_PROBE_SKU }], signal);
  } catch (error) {
    await deps.log({
      account: 'tdsynnex',
      result: 'failed',
      summary: `Connect to TD SYNNEX customer ${account.customerNo} failed: ${messageOf(error)}`,
      error,
      hintId: deps.hintFor(error),
    });
    throw error;
  }
  const { customerNo, userId, password } = account;
  await deps.secrets.save('tdsynnex', { customerNo, userId, password });
  deps.credentialsChanged();
  const view: TdSynnexConnectionView = {
    connected: true,
    customerNo: account.customerNo,
    userId: account.userId,
    region: account.region,
    environment: account.environment,
    connectedAt: deps.now().toISOString(),
  };
  await deps.views.tdsynnex.setValue(view);
  await deps.log({
    account: 'tdsynnex',
    result: 'success',
    summary: `Connected to TD SYNNEX customer ${account.customerNo} (${account.region}, ${account.environment})`,
  });
  return tdsynnexView(deps);
}

/** The stored view with the chosen vendor company, which is kept apart (lib/settings/settings.ts). */
export async function tdsynnexView(
  deps: Pick<ConnectionDeps, 'views' | 'vendor'>,
): Promise<TdSynnexConnectionView> {
  const [view, vendor] = await Promise.all([deps.views.tdsynnex.getValue(), deps.vendor.getValue()]);
  const { vendorCompanyId: _id, vendorCompanyName: _name, ...rest } = view;
  return vendor
    ? { ...rest, vendorCompanyId: vendor.companyId, vendorCompanyName: vendor.companyName }
    : rest;
}

/** A new password for the account already set up; everything else is kept. */
export async function reconnectTdSynnex(
  password: string,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<TdSynnexConnectionView> {
  const view = await deps.views.tdsynnex.getValue();
  const { customerNo, userId, region, environment } = view;
  if (!customerNo || !userId || !region || !environment) {
    throw new AppError({
      kind: 'validation',
      service: 'tdsynnex',
      status: 0,
      code: 'not-configured',
      message: 'TD SYNNEX is not set up yet: use Connect with the customer number and user ID.',
    });
  }
  return connectTdSynnex({ customerNo, userId, region, environment, password }, deps, signal);
}

const vendorRow = companySchema.pick({ id: true, companyName: true });

/** Marks the TD SYNNEX company among the tenant's vendors. */
const SUGGESTED_NAME = /synnex/i;

/**
 * The tenant's active vendor companies. companyType is a tenant picklist: its id is read by label
 * ('Vendor'), not assumed to be 7 (API.md §2.1 notes, §4.7).
 */
export async function listVendors(client: AutotaskClient, signal?: AbortSignal): Promise<VendorOption[]> {
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
  return rows
    .map((row) => ({ id: row.id, name: row.companyName ?? `Company ${row.id}`, suggested: false }))
    .map((option) => ({ ...option, suggested: SUGGESTED_NAME.test(option.name) }))
    .sort((a, b) => Number(b.suggested) - Number(a.suggested) || a.name.localeCompare(b.name));
}

/** Stores the chosen vendor company after checking it exists and is a vendor. */
export async function selectVendor(
  companyId: number,
  client: AutotaskClient,
  deps: ConnectionDeps,
  signal?: AbortSignal,
): Promise<TdSynnexConnectionView> {
  const vendors = await listVendors(client, signal);
  const chosen = vendors.find((vendor) => vendor.id === companyId);
  if (!chosen) {
    throw new AppError({
      kind: 'not-found',
      service: 'autotask',
      status: 0,
      message: `Company ${companyId} is not an active vendor company in this Autotask tenant.`,
    });
  }
  await deps.vendor.setValue({ companyId: chosen.id, companyName: chosen.name });
  return tdsynnexView(deps);
}

/**
 * First run (issue 10 §5): when exactly one of the tenant's vendor companies is named like TD SYNNEX
 * and none is chosen yet, Connect saves it — the options page shows it as saved and changeable.
 * Several candidates, none, or no Autotask connection yet: nothing is saved, the user chooses.
 */
export async function autoSelectVendor(
  client: () => Promise<AutotaskClient>,
  deps: Pick<ConnectionDeps, 'views' | 'vendor'>,
  signal?: AbortSignal,
): Promise<TdSynnexConnectionView> {
  if (!(await deps.vendor.getValue())) {
    try {
      const candidates = (await listVendors(await client(), signal)).filter((vendor) => vendor.suggested);
      const [only] = candidates;
      if (only && candidates.length === 1) {
        await deps.vendor.setValue({ companyId: only.id, companyName: only.name });
      }
    } catch {
      // Autotask not connected or not readable: the choice waits for the options page.
    }
  }
  return tdsynnexView(deps);
}
