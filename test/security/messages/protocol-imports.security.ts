// The message protocol is loaded outside the extension too: the e2e and security test processes
// import it to build the forged-message corpus. A module in its import graph that defines a WXT
// storage item starts a read of `browser.storage` at load, which rejects unhandled where there is
// no `browser` and failed security-hostile-page.test.ts at file level. So the protocol's graph
// (value imports only; `import type` is erased) must define no storage item.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms;

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find(
    (file) => existsSync(file) && statSync(file).isFile(),
  );
}

/** Every file the entry reaches through value imports, with the file that first imported it. */
function importGraph(entry: string): Map<string, string | undefined> {
  const graph = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const match of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const target = resolveModule(file, match[1]!);
      if (target && !graph.has(target)) {
        graph.set(target, file);
        queue.push(target);
      }
    }
  }
  return graph;
}

describe('the message protocol can be loaded outside the extension', () => {
  it.each(['lib/messaging/protocol.ts', 'lib/messaging/router.ts', 'test/security/messages/corpus.ts'])(
    '%s reaches no module that defines a storage item',
    (entry) => {
      const graph = importGraph(resolve(ROOT, entry));
      expect(graph.size).toBeGreaterThan(1);
      const defining = [...graph.keys()]
        .filter((file) => /\bstorage\.defineItem\s*[<(]/.test(readFileSync(file, 'utf8')))
        .map((file) => `${relative(ROOT, file)} (imported by ${relative(ROOT, graph.get(file) ?? file)})`);
      expect(defining).toEqual([]);
    },
  );
});
