// The log page's first-screen read, started at document start (issue 14: open → first rows). A
// classic script in log.html's <head> runs while the page is still parsing, before the page's
// module graph (React, Dexie) has loaded; module scripts only run after parsing and their imports.
// It loads no Dexie and no React: the raw read of lib/log/first-screen.ts. The page takes the read
// over from `globalThis` (entrypoints/log/main.tsx).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FIRST_ROWS } from '../components/activity/first-screen-early';
import { filterFromParams, toQuery } from '../components/activity/log-filter';
import { EARLY_READ, firstEntriesEarly } from '../lib/log/first-screen';

export default defineUnlistedScript(() => {
  const read = firstEntriesEarly(toQuery(filterFromParams(new URLSearchParams(location.search))), FIRST_ROWS);
  // The page takes it over; a failed read must not be "unhandled" meanwhile.
  read.catch(() => undefined);
  Object.assign(globalThis, { [EARLY_READ]: read });
});
