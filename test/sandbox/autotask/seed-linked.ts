// Bulk catalogue for benchmarks (product sync of 10,000 SKUs at the floor of the API budget).
import { DEMO, round2 } from './seed';
import type { Db } from './store';

export interface LinkedProduct {
  productId: number;
  vendorPartNumber: string;
}

/**
 * N more active products, each with a ProductVendors row for the tenant's TD SYNNEX vendor, for
 * benchmarks (10,000 SKUs). SKUs are `skuStart + i` as strings; the TD SYNNEX simulator must be
 * given the same range.
 */
export function seedLinkedProducts(
  db: Db,
  n: number,
  opts: { ci?: number; vendorId?: number; skuStart?: number } = {},
): LinkedProduct[] {
  const ci = opts.ci ?? DEMO.ci;
  const tenant = db.tenant(ci);
  const vendorId =
    opts.vendorId ??
    [...tenant.tables.Companies.values()].find((c) => String(c.companyName).toUpperCase().includes('SYNNEX'))
      ?.id;
  if (vendorId === undefined) throw new Error(`Tenant ${ci} has no TD SYNNEX vendor company`);
  // The TD SYNNEX simulator generates its extra catalogue from the same SKU (GENERATED_SKU_START).
  const skuStart = opts.skuStart ?? 7_000_001;
  const category = tenant.picklists['Products.productCategory']?.[0]?.value ?? null;
  const hasUdf = (tenant.udfs.Products ?? []).some((u) => u.name === 'Distributor SKU');
  const makers = ['Lenovo', 'Dell', 'HP Inc.', 'Cisco', 'Logitech', 'Samsung'];
  const out: LinkedProduct[] = [];
  for (let i = 0; i < n; i += 1) {
    const sku = String(skuStart + i);
    const cost = round2(10 + ((i * 37) % 990) + (i % 100) / 100);
    const product = db.insert(ci, 'Products', {
      name: `Bench Product ${sku}`,
      sku: `BEN-${sku}`,
      manufacturerName: makers[i % makers.length]!,
      manufacturerProductName: `MPN-${sku}`,
      productCategory: category,
      unitCost: cost,
      unitPrice: round2(cost * 1.25),
      msrp: round2(cost * 1.35),
      isActive: true,
      defaultVendorID: vendorId,
      userDefinedFields: hasUdf ? [{ name: 'Distributor SKU', value: sku }] : [],
    });
    db.insert(ci, 'ProductVendors', {
      productID: product.id,
      vendorID: vendorId,
      vendorPartNumber: sku,
      vendorCost: cost,
      isDefault: true,
      isActive: true,
    });
    out.push({ productId: product.id, vendorPartNumber: sku });
  }
  return out;
}
