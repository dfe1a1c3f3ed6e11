import { LogPage } from '../../components/activity/log-page';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';

mountPage(<LogPage />, { onHintAction: openOptionsFor });
