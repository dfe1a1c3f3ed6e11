import { HelpPage } from '../../components/help/help-page';
import { mountPage } from '../../components/ui/mount';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';

provideSettingsArea(extensionSettingsArea);

mountPage(<HelpPage />);
