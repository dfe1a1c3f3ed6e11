import { LogSourceProvider } from '../../components/activity/log-source';
import { PopupApp } from '../../components/popup/popup-app';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { createLogSource } from '../../lib/log/query-source';
import { activeAutotaskTab, openSidebarIn } from './active-tab';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';

provideSettingsArea(extensionSettingsArea);

void activeAutotaskTab().then((tab) =>
  mountPage(
    // The popup reads the log from IndexedDB directly, like the log page (lib/log/query-source).
    <LogSourceProvider source={createLogSource()}>
      <PopupApp onAutotaskTab={tab !== undefined} openSidebar={() => openSidebarIn(tab)} />
    </LogSourceProvider>,
    {
      bodyClass: 'popup',
      onHintAction: openOptionsFor,
    },
  ),
);
