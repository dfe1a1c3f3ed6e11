import { OptionsApp } from '../../components/settings/options-app';
import { focusSectionFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';

provideSettingsArea(extensionSettingsArea);

mountPage(<OptionsApp />, { onHintAction: focusSectionFor });
