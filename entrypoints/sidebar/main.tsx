// sidebar.html?poId=N | productId=N, rendered in the iframe the content script mounts. The query is
// only a hint of what the page shows; the sidebar reads everything else from the background.
import { SidebarApp } from '../../components/sidebar/sidebar-app';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { requestCollapse, targetFromQuery } from './target';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';

provideSettingsArea(extensionSettingsArea);

const inPage = window.top !== window;
mountPage(
  <SidebarApp target={targetFromQuery(location.search)} onCollapse={inPage ? requestCollapse : undefined} />,
  {
    bodyClass: 'sidebar',
    onHintAction: openOptionsFor,
  },
);
