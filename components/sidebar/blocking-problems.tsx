// What stops a submission (issue 3 §1): closed PO, missing ship-to, invalid SKUs… (the vendor, an
// order already placed and a cancelled PO are states said elsewhere, not problems).
import type { BlockingProblem } from '../../lib/orders/views';

export function BlockingProblems({ problems }: { problems: BlockingProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="blocking-heading" className="hint">
      <h2 id="blocking-heading">Cannot submit yet</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.code}>{p.message}</li>
        ))}
      </ul>
    </section>
  );
}
