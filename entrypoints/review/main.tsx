// review.html?poId=N[&resubmit=1], opened by the background as a popup window (lib/orders/
// review-window.ts). Not web-accessible: no web page can frame it.
import { ReviewApp } from '../../components/review/review-app';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';

provideSettingsArea(extensionSettingsArea);

const query = new URLSearchParams(location.search);
const poId = Number(query.get('poId'));

mountPage(
  Number.isSafeInteger(poId) && poId > 0 ? (
    <ReviewApp target={{ poId, resubmit: query.get('resubmit') === '1' }} />
  ) : (
    <p role="alert">No purchase order to review.</p>
  ),
  { bodyClass: 'review', onHintAction: openOptionsFor },
);
