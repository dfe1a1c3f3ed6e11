import { HelpPage } from '../../components/help/help-page';
import { mountPage } from '../../components/ui/mount';

mountPage(<HelpPage />);
