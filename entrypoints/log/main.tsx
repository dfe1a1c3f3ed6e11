// The full log (issue 6). Reads the log straight from the extension's IndexedDB (lib/log/query-source);
// filters and `export=1` may arrive in the URL from the popup.
import { filterFromParams } from '../../components/activity/log-filter';
import { LogPage } from '../../components/activity/log-page';
import { LogSourceProvider } from '../../components/activity/log-source';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { createLogSource } from '../../lib/log/query-source';

const params = new URLSearchParams(location.search);
const entry = /^#entry-(\d+)$/.exec(location.hash)?.[1];

mountPage(
  <LogSourceProvider source={createLogSource()}>
    <LogPage
      initialFilter={filterFromParams(params)}
      autoExport={params.get('export') === '1'}
      initialEntryId={entry === undefined ? undefined : Number(entry)}
    />
  </LogSourceProvider>,
  { onHintAction: openOptionsFor },
);
