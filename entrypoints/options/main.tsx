import { OptionsApp } from '../../components/settings/options-app';
import { focusSectionFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';

mountPage(<OptionsApp />, { onHintAction: focusSectionFor });
