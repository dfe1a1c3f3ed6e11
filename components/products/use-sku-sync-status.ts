// The sync status of a list of SKUs (issue 4 §3), asked in one message. Display data only: while it
// loads or when it fails, there is simply no status to show.
import { useEffect, useState } from 'react';
import type { SkuStatusMap } from '../../lib/products/views';
import { useApi } from '../ui/api';

export function useSkuSyncStatus(skus: readonly string[]): SkuStatusMap | undefined {
  const api = useApi();
  const key = [...new Set(skus.filter((s) => s.trim() !== ''))].sort().join('\n');
  const [result, setResult] = useState<{ key: string; value: SkuStatusMap } | undefined>(undefined);
  useEffect(() => {
    if (key === '') return;
    let current = true;
    api('sku.syncStatus', { skus: key.split('\n').slice(0, 500) }).then(
      (value) => current && setResult({ key, value }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, key]);
  return result?.key === key ? result.value : undefined;
}
