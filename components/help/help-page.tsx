// The bundled help page: the setup guide and the troubleshooting table, generated from every hint
// (lib/hints/hints.ts: the shared catalogue, then each distributor's own) so every hint's "Help" link
// (help.html#<id>) lands on its row. A shared hint reads "the distributor" where it names one.
import { useEffect } from 'react';
import { DISTRIBUTORS } from '../../lib/distributor/registry';
import { HINTS, hintById } from '../../lib/hints/hints';
import type { Hint } from '../../lib/hints/hints';
import { SetupGuide } from './setup-guide';
import { SupportContact } from './support-contact';

/** A distributor's own hints name that distributor; the shared ones say "the distributor". */
const OWNER = new Map(DISTRIBUTORS.flatMap((info) => info.hints.map((hint) => [hint.id, info.id] as const)));
const TROUBLESHOOTING: readonly Hint[] = HINTS.map((hint) => hintById(hint.id, OWNER.get(hint.id)) ?? hint);

export function HelpPage() {
  // The page renders after load, so the browser's own jump to #<hint id> happened too early.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.focus(); // rows have tabIndex -1; focus scrolls to them
  }, []);

  return (
    <main>
      <h1>Autotask Bridge — Help</h1>
      <nav aria-label="Contents">
        <a href="#setup">Setup</a> · <a href="#troubleshooting">Troubleshooting</a> ·{' '}
        <a href="#getting-help">Getting help</a>
      </nav>
      <SetupGuide />
      <section aria-labelledby="troubleshooting-heading" id="troubleshooting">
        <h2 id="troubleshooting-heading">Troubleshooting</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Problem</th>
              <th scope="col">Likely cause</th>
              <th scope="col">Resolution</th>
            </tr>
          </thead>
          <tbody>
            {TROUBLESHOOTING.map((hint) => (
              <tr key={hint.id} id={hint.id} tabIndex={-1}>
                <th scope="row">{hint.title}</th>
                <td>{hint.cause}</td>
                <td>{hint.resolution}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <SupportContact />
    </main>
  );
}
