import { PopupApp } from '../../components/popup/popup-app';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { activeAutotaskTab, openSidebarIn } from './active-tab';

void activeAutotaskTab().then((tab) =>
  mountPage(<PopupApp onAutotaskTab={tab !== undefined} openSidebar={() => openSidebarIn(tab)} />, {
    bodyClass: 'popup',
    onHintAction: openOptionsFor,
  }),
);
