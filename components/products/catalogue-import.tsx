// New products for Product Sync (issue 4 §1): a distributor's catalogue file (CSV, parsed here with
// papaparse; columns in README.md) or a pasted list of SKUs / part numbers with the Autotask
// category chosen now, for the distributor chosen here (with several connected). Entries are queued;
// the next run of that distributor creates those whose category is mapped.
import { useState } from 'react';
import { DISTRIBUTORS, distributorLabel } from '../../lib/distributor/registry';
import type { AppErrorData } from '../../lib/errors/app-error';
import { REQUIRED_COLUMNS, parseCatalogueCsv, parsePastedSkus } from '../../lib/products/catalogue-file';
import type { ImportEntry } from '../../lib/products/import-entry';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError } from '../ui/use-request';

export function CatalogueImport({
  categories,
  queued,
  distributors,
  onQueued,
}: {
  categories: string[];
  queued: number;
  /** Registry ids Product Sync runs for; none connected yet: the registry's first. */
  distributors: string[];
  onQueued(n: number): void;
}) {
  const choices = distributors.length > 0 ? distributors : [DISTRIBUTORS[0]!.id];
  const [distributor, setDistributor] = useState(choices[0]!);
  const api = useApi();
  const [report, setReport] = useState<string[]>([]);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [pasted, setPasted] = useState('');
  const [category, setCategory] = useState(categories[0] ?? '');

  const queue = async (entries: ImportEntry[], lines: string[]) => {
    setError(null);
    if (entries.length === 0) {
      setReport([...lines, 'Nothing to import.']);
      return;
    }
    try {
      const result = await api('productSync.import', {
        entries: entries.map((entry) => ({ ...entry, distributor })),
      });
      onQueued(result.queued);
      setReport([
        ...lines,
        `${result.added} products queued; ${result.queued} wait for the next Product Sync run.`,
      ]);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseCatalogueCsv(await file.text());
    if (parsed.missingColumns.length > 0) {
      setReport([`The file lacks the columns: ${parsed.missingColumns.join(', ')}.`]);
      return;
    }
    await queue(
      parsed.entries,
      parsed.problems.slice(0, 10).map((p) => `Line ${p.line}: ${p.message}`),
    );
  };

  return (
    <div>
      <p className="help-text">
        Catalogue file columns: {Object.values(REQUIRED_COLUMNS).join(', ')}. {queued} products are queued.
      </p>
      {choices.length > 1 ? (
        <label>
          New products from{' '}
          <select value={distributor} onChange={(e) => setDistributor(e.target.value)}>
            {choices.map((id) => (
              <option key={id} value={id}>
                {distributorLabel(id)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        Catalogue file (CSV){' '}
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>
      <div className="field">
        <label>
          SKUs or part numbers
          <textarea rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </label>
        <label>
          Category for the pasted SKUs{' '}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>{' '}
        <button
          type="button"
          disabled={!pasted.trim() || !category}
          onClick={() => void queue(parsePastedSkus(pasted, category), [])}
        >
          Add pasted SKUs
        </button>
      </div>
      {report.length > 0 ? (
        <ul role="status">
          {report.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {error ? <ErrorHint error={error} /> : null}
    </div>
  );
}
