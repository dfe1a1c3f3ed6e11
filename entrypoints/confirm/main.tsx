// confirm.html?action=product-sync&productId=N | ?action=status-refresh&poId=N, opened by the
// background as a popup window (lib/confirm/window.ts). Not web-accessible: no web page can frame it.
import { ConfirmApp } from '../../components/confirm/confirm-app';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { parseConfirmQuery } from '../../lib/confirm/window';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';

provideSettingsArea(extensionSettingsArea);

mountPage(<ConfirmApp target={parseConfirmQuery(location.search)} />, {
  bodyClass: 'review',
  onHintAction: openOptionsFor,
});
