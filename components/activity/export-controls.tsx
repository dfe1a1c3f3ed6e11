// `Export CSV` of the filtered entries (issue 6 §3) with a progress bar. The CSV is built in this
// page in chunks (lib/log/export.ts via the LogSource); the popup never builds one — it opens the log
// page with `export=1` and closes freely.
import { memo, useEffect, useRef, useState } from 'react';
import { Checkbox } from '../ui/checkbox';
import { ErrorHint } from '../ui/error-hint';
import { toAppError } from '../ui/use-request';
import { useLogSource } from './log-source';
import { csvFileName } from './download';
import type { SaveFile } from './download';
import type { AppErrorData } from '../../lib/errors/app-error';

type State =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; rows: number; fileName: string }
  | { status: 'failed'; error: AppErrorData };

interface Props {
  /** The filtered entries, newest first; undefined while the filter is still being applied. */
  ids: readonly number[] | undefined;
  save: SaveFile;
  /** Start as soon as the ids are known (the popup handed this export over). */
  autoStart?: boolean;
}

/**
 * Apart, so that a new filter (new `ids`) does not render the checkbox again: React sets an
 * input's name, type and checked afresh on every render of it, inside the filter's commit (issue 14).
 */
const PerItem = memo(Checkbox);

export function ExportControls({ ids, save, autoStart = false }: Props) {
  const source = useLogSource();
  const [perItem, setPerItem] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });
  const started = useRef(false);

  async function run(list: readonly number[]) {
    started.current = true;
    setState({ status: 'running', done: 0, total: list.length });
    performance.mark('log:export-start');
    try {
      const blob = await source.exportCsv(list, {
        perItem,
        onProgress: (done, total) => setState({ status: 'running', done, total }),
      });
      const name = csvFileName();
      save(blob, name);
      performance.mark('log:export-done');
      setState({ status: 'done', rows: list.length, fileName: name });
    } catch (thrown) {
      setState({ status: 'failed', error: toAppError(thrown) });
    }
  }

  useEffect(() => {
    if (autoStart && ids && !started.current) void run(ids);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the handed-over filter resolved
  }, [autoStart, ids]);

  const running = state.status === 'running';
  return (
    <div className="export">
      <button type="button" disabled={!ids || running} onClick={() => ids && void run(ids)}>
        Export CSV
      </button>
      <PerItem label="One row per item" checked={perItem} disabled={running} onChange={setPerItem} />
      {running ? (
        <span>
          <progress aria-label="Export progress" max={state.total || 1} value={state.done} />{' '}
          <span role="status">
            Exporting… {state.done.toLocaleString()} / {state.total.toLocaleString()}
          </span>
        </span>
      ) : null}
      {state.status === 'done' ? (
        <span role="status">
          Exported {state.rows.toLocaleString()} entries to {state.fileName}
        </span>
      ) : null}
      {state.status === 'failed' ? <ErrorHint error={state.error} /> : null}
    </div>
  );
}
