// The full log (issue 6). Reads the log straight from the extension's IndexedDB (lib/log/query-source);
// filters and `export=1` may arrive in the URL from the popup.
//
// Issue 14 (open → first rows): the first screen's read was started at document start by
// entrypoints/log-early.ts (a classic script in index.html's <head>) while this module graph (React,
// Dexie) loaded; the page takes it over and mounts once with its rows.
import { FIRST_ROWS, withFirstScreenStarted } from '../../components/activity/first-screen-early';
import { filterFromParams, toQuery } from '../../components/activity/log-filter';
import { LogPage } from '../../components/activity/log-page';
import { LogSourceProvider } from '../../components/activity/log-source';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { EARLY_READ, firstEntries } from '../../lib/log/first-screen';
import { toRowView } from '../../lib/log/query';
import { createLogSource } from '../../lib/log/query-source';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';
import type { ActivityEntry } from '../../lib/db/records';
import type { LogEntryView } from '../../lib/messaging/results';

/** How long the page waits for its first rows before it shows itself without them. */
const WAIT_FOR_ROWS_MS = 100;

provideSettingsArea(extensionSettingsArea);

const params = new URLSearchParams(location.search);
const initialFilter = filterFromParams(params);
const entry = /^#entry-(\d+)$/.exec(location.hash)?.[1];
const query = toQuery(initialFilter);
const started = (globalThis as Record<string, unknown>)[EARLY_READ] as
  Promise<ActivityEntry[] | undefined> | undefined;
const readNow = () => firstEntries(query, FIRST_ROWS);
// Without the early script (it failed to load), or `undefined` from it: a filter whose screen needs
// Dexie's walk (lib/log/first-screen.ts firstEntriesEarly). The page reads it now.
const rows = (started ? started.then((found) => found ?? readNow()) : readNow()).then((entries) =>
  entries.map(toRowView),
);

function mount(initialFirst: LogEntryView[] | undefined) {
  mountPage(
    <LogSourceProvider
      source={
        initialFirst
          ? createLogSource()
          : // Still reading (or failed): the view's first read takes the one under way.
            withFirstScreenStarted(createLogSource(), query, FIRST_ROWS, rows)
      }
    >
      <LogPage
        initialFilter={initialFilter}
        initialFirst={initialFirst}
        autoExport={params.get('export') === '1'}
        initialEntryId={entry === undefined ? undefined : Number(entry)}
      />
    </LogSourceProvider>,
    { onHintAction: openOptionsFor },
  );
}

// One render with the rows rather than the page first and its rows a frame later: the read has
// usually ended before this code has loaded.
const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, WAIT_FOR_ROWS_MS));
void Promise.race([rows.catch(() => undefined), timeout]).then(mount);
