// The sync status of a list of SKUs (issue 4 §3), asked in one message. Display data only: while it
// loads or when it fails, there is simply no status to show. `distributor` (a registry id, the PO's)
// asks for that distributor's status; without it each SKU gets the first linked distributor's.
import { useEffect, useState } from 'react';
import type { SkuStatusMap } from '../../lib/products/views';
import { useApi } from '../ui/api';

export function useSkuSyncStatus(skus: readonly string[], distributor?: string): SkuStatusMap | undefined {
  const api = useApi();
  const list = [...new Set(skus.filter((s) => s.trim() !== ''))].sort().join('\n');
  const key = list === '' ? '' : `${distributor ?? ''}\u0001${list}`;
  const [result, setResult] = useState<{ key: string; value: SkuStatusMap } | undefined>(undefined);
  useEffect(() => {
    if (key === '') return;
    let current = true;
    const skuList = key
      .slice(key.indexOf('\u0001') + 1)
      .split('\n')
      .slice(0, 500);
    api('sku.syncStatus', { skus: skuList, ...(distributor ? { distributor } : {}) }).then(
      (value) => current && setResult({ key, value }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, key, distributor]);
  return result?.key === key ? result.value : undefined;
}
