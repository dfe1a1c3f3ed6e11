import { LogSourceProvider } from '../../components/activity/log-source';
import { PopupApp } from '../../components/popup/popup-app';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { createLogSource } from '../../lib/log/query-source';
import { activeAutotaskTab, openSidebarIn } from './active-tab';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';
import { createMergedSource } from '../../lib/runner-client/merged-source';
import { teamRunner } from '../../lib/settings/settings';

provideSettingsArea(extensionSettingsArea);

// With a team runner connected, the latest activity is its entries and this browser's together
// (issue 13 §2); without one, the setting read runs alongside the tab query and nothing else changes.
const connected = teamRunner.getValue().then(
  (runner) => runner !== null,
  () => false,
);

void Promise.all([activeAutotaskTab(), connected]).then(([tab, merged]) =>
  mountPage(
    // The popup reads the log from IndexedDB directly, like the log page (lib/log/query-source).
    <LogSourceProvider source={merged ? createMergedSource(createLogSource()) : createLogSource()}>
      <PopupApp onAutotaskTab={tab !== undefined} openSidebar={() => openSidebarIn(tab)} />
    </LogSourceProvider>,
    {
      bodyClass: 'popup',
      onHintAction: openOptionsFor,
    },
  ),
);
