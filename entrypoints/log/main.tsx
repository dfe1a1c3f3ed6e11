// The full log (issue 6). Reads the log straight from the extension's IndexedDB (lib/log/query-source);
// filters and `export=1` may arrive in the URL from the popup.
//
// Issue 14 (open → first rows): the first screen's read was started at document start by
// entrypoints/log-early.ts (a classic script in index.html's <head>) while this module graph (React,
// Dexie) loaded; the page takes it over and mounts once with its rows.
//
// Issue 13 §2: with a team runner connected, the page reads a merged log (lib/runner-client/
// merged-source): its first screen is that early read merged with the runner's first page. Without
// one, nothing changes: the setting is read alongside the early read and no message is sent.
import { FIRST_ROWS, withFirstScreenStarted } from '../../components/activity/first-screen-early';
import { filterFromParams, toQuery } from '../../components/activity/log-filter';
import { LogPage } from '../../components/activity/log-page';
import { LogSourceProvider } from '../../components/activity/log-source';
import type { LogSource } from '../../components/activity/log-source';
import { openOptionsFor } from '../../components/ui/hint-actions';
import { mountPage } from '../../components/ui/mount';
import { EARLY_READ, firstEntries } from '../../lib/log/first-screen';
import { toLogEntryView } from '../../lib/log/entry-view';
import { lazyLogSource } from '../../components/activity/lazy-source';
import { teamRunner } from '../../lib/settings/settings';
import { provideSettingsArea } from '../../lib/host/settings';
import { extensionSettingsArea } from '../../lib/settings/extension-area';
import type { ActivityEntry } from '../../lib/db/records';
import type { LogEntryView } from '../../lib/messaging/results';

/** How long the page waits for its first rows before it shows itself without them. */
const WAIT_FOR_ROWS_MS = 100;

provideSettingsArea(extensionSettingsArea);

const params = new URLSearchParams(location.search);
const initialFilter = filterFromParams(params);
// A runner entry's id is negative (merged-source.ts): the popup links `#entry--12`.
const entry = /^#entry-(-?\d+)$/.exec(location.hash)?.[1];
const query = toQuery(initialFilter);
const started = (globalThis as Record<string, unknown>)[EARLY_READ] as
  Promise<ActivityEntry[] | undefined> | undefined;
const readNow = () => firstEntries(query, FIRST_ROWS);
// Without the early script (it failed to load), or `undefined` from it: a filter whose screen needs
// Dexie's walk (lib/log/first-screen.ts firstEntriesEarly). The page reads it now.
const ownRows = (started ? started.then((found) => found ?? readNow()) : readNow()).then((entries) =>
  entries.map(toLogEntryView),
);
// The IndexedDB reader (Dexie) loads once the first rows are painted: the early read needs it not,
// and its loading would compete with that first frame (components/activity/lazy-source.ts).
let mounted = () => {};
const painted = new Promise<void>((resolve) => {
  mounted = () => requestAnimationFrame(() => setTimeout(resolve));
});
const ownSource = () =>
  lazyLogSource(() =>
    painted.then(() => import('../../lib/log/query-source')).then(({ createLogSource }) => createLogSource()),
  );
// No runner (or its setting unreadable): this browser's log, read as before.
const connected = teamRunner.getValue().then(
  (runner) => runner !== null,
  () => false,
);
const sourced = connected.then(async (merged) => {
  if (!merged) return { source: ownSource(), rows: ownRows };
  // The merged first screen takes the early read over and adds the runner's first page to it.
  const { createMergedSource } = await import('../../lib/runner-client/merged-source');
  const source = createMergedSource(withFirstScreenStarted(ownSource(), query, FIRST_ROWS, ownRows));
  return { source, rows: source.first(query, FIRST_ROWS) };
});
const rows = sourced.then(({ rows: first }) => first);

function mount(source: LogSource, initialFirst: LogEntryView[] | undefined) {
  mountPage(
    <LogSourceProvider
      source={
        initialFirst
          ? source
          : // Still reading (or failed): the view's first read takes the one under way.
            withFirstScreenStarted(source, query, FIRST_ROWS, rows)
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
  mounted();
}

// One render with the rows rather than the page first and its rows a frame later: the read has
// usually ended before this code has loaded.
const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, WAIT_FOR_ROWS_MS));
void Promise.race([rows.catch(() => undefined), timeout]).then((first) =>
  sourced.then(({ source }) => mount(source, first)),
);
