// Local ESLint rule (issue 12 §1): no distributor is named outside lib/distributor/ — not in an
// identifier, a string, a JSX text or a comment. What the user reads comes from the registry
// (lib/distributor/registry.ts); a second distributor is a folder and a registration, nothing else.
// The names come from the folders of lib/distributor/ themselves, plus the words users know them by.
import fs from 'node:fs';
import path from 'node:path';

const EXTRA_WORDS = ['synnex', 'ingram'];

function folderNames(root) {
  const dir = path.join(root, 'lib', 'distributor');
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

let cached;
function pattern(root) {
  if (!cached) {
    const words = [...new Set([...folderNames(root), ...EXTRA_WORDS])].map((w) =>
      w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
    cached = new RegExp(words.join('|'), 'i');
  }
  return cached;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Distributor names stay in lib/distributor/ (labels come from the registry).' },
    messages: {
      named:
        '"{{word}}" names a distributor: use the registry (lib/distributor/registry.ts) or neutral words.',
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    const root = context.cwd;
    const re = new RegExp(pattern(root).source, 'gi');
    return {
      Program() {
        const text = source.getText();
        for (const match of text.matchAll(re)) {
          const loc = source.getLocFromIndex(match.index);
          context.report({ loc, messageId: 'named', data: { word: match[0] } });
        }
      },
    };
  },
};
