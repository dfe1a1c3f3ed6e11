// The full log (issue 6). Reads the log straight from the extension's IndexedDB (lib/log/query-source);
// filters and `export=1` may arrive in the URL from the popup.
import { withFirstScreenStarted } from '../../components/activity/first-screen-early';
import { filterFromParams, toQuery } from '../../components/activity/log-filter';
import { LogPage } from '../../components/activity/log-page';
import { LogSourceProvider } from '../../components/activity/log-source';
import { FIRST_ROWS } from '../../components/activity/use-log-result';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { createLogSource } from '../../lib/log/query-source';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';

provideSettingsArea(extensionSettingsArea);

const params = new URLSearchParams(location.search);
const entry = /^#entry-(\d+)$/.exec(location.hash)?.[1];
const initialFilter = filterFromParams(params);
// The first screen is read while React mounts (components/activity/first-screen-early.ts).
const source = withFirstScreenStarted(createLogSource(), toQuery(initialFilter), FIRST_ROWS);

mountPage(
  <LogSourceProvider source={source}>
    <LogPage
      initialFilter={initialFilter}
      autoExport={params.get('export') === '1'}
      initialEntryId={entry === undefined ? undefined : Number(entry)}
    />
  </LogSourceProvider>,
  { onHintAction: openOptionsFor },
);
