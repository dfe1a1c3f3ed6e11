// confirm.html's page (issue 11 §1): the one place a write other than an order is confirmed.
import type { ConfirmTarget } from '../../lib/confirm/window';
import { ProductSyncConfirm } from './product-sync-confirm';
import { StatusRefreshConfirm } from './status-refresh-confirm';

export function ConfirmApp({ target }: { target: ConfirmTarget | undefined }) {
  return (
    <main>
      {!target ? (
        <p role="alert">Nothing to confirm: this window was opened without a product or purchase order.</p>
      ) : target.action === 'product-sync' ? (
        <ProductSyncConfirm productId={target.productId} />
      ) : (
        <StatusRefreshConfirm poId={target.poId} />
      )}
    </main>
  );
}
