// The full-page log view (log.html). For now the latest entries; issue 6 adds filters, details,
// export and virtualisation for 100,000 entries.
import { RecentLog } from './recent-log';

// protocol.ts caps log.recent at 200.
const LOG_PAGE_ENTRIES = 200;

export function LogPage() {
  return (
    <main>
      <h1>Activity log</h1>
      <RecentLog limit={LOG_PAGE_ENTRIES} />
    </main>
  );
}
