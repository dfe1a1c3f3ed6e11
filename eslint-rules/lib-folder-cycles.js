// Local ESLint rule: no import cycles between the folders of lib/ (lib/log → lib/db → lib/log …).
// No import-cycle plugin is installed, so the folder-level graph is built here, once per lint run,
// with the TypeScript compiler (already a dependency). Like eslint-plugin-import's `no-cycle`, only
// imports that exist at run time count: `import type` / `export type` vanish when compiled and
// cannot form a module cycle. Static imports, re-exports and dynamic `import()` all count.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|cts)$/;

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function allTypeOnly(clause) {
  if (!clause) return false; // `import './x'`: a side effect, counts
  if (clause.isTypeOnly) return true;
  if (clause.name) return false; // a default import is a value
  const b = clause.namedBindings;
  if (!b) return false;
  if (ts.isNamespaceImport(b)) return false;
  return b.elements.length > 0 && b.elements.every((el) => el.isTypeOnly);
}

/** Run-time module specifiers of one file, each with its line (1-based). */
export function runtimeImports(fileName, text) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node, spec) =>
    found.push({ spec, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!allTypeOnly(node.importClause)) add(node, node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly =
        node.isTypeOnly ||
        (node.exportClause &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((el) => el.isTypeOnly));
      if (!typeOnly) add(node, node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node, node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The lib/ folder a path belongs to ('' when outside lib/ or directly in it). */
export function libFolder(libDir, file) {
  const rel = path.relative(libDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return '';
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : '';
}

/** folder → Map(target folder → [{ file, line, spec }]) of run-time imports between lib/ folders. */
export function folderGraph(libDir) {
  const graph = new Map();
  for (const file of walk(libDir, [])) {
    const from = libFolder(libDir, file);
    if (!from) continue;
    for (const { spec, line } of runtimeImports(file, fs.readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const to = libFolder(libDir, path.resolve(path.dirname(file), spec));
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from);
      if (!edges.has(to)) edges.set(to, []);
      edges.get(to).push({ file, line, spec });
    }
  }
  return graph;
}

/** A shortest folder path from `start` to `goal`, or undefined. */
export function findPath(graph, start, goal) {
  const prev = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const at = queue.shift();
    if (at === goal) {
      const out = [];
      for (let n = goal; n !== undefined; n = prev.get(n)) out.unshift(n);
      return out;
    }
    for (const next of graph.get(at)?.keys() ?? []) {
      if (!prev.has(next)) {
        prev.set(next, at);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const cache = new Map();
function graphFor(libDir) {
  // Built once per lint run (one process); the editor's long-lived server rebuilds after 5 s.
  const hit = cache.get(libDir);
  if (hit && Date.now() - hit.at < 5000) return hit.graph;
  const graph = folderGraph(libDir);
  cache.set(libDir, { graph, at: Date.now() });
  return graph;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid run-time import cycles between the folders of lib/.' },
    schema: [],
    messages: {
      cycle:
        'Import cycle between lib/ folders: {{path}}. Move the shared part to the lower folder or inject it.',
    },
  },
  create(context) {
    const libDir = path.join(context.cwd, 'lib');
    const file = context.filename;
    const from = libFolder(libDir, file);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = libFolder(libDir, path.resolve(path.dirname(file), spec));
      if (!to || to === from) return;
      const back = findPath(graphFor(libDir), to, from);
      if (back)
        context.report({
          node,
          messageId: 'cycle',
          data: { path: [from, ...back].map((f) => `lib/${f}`).join(' → ') },
        });
    };
    const typeOnlySpecifiers = (specifiers) =>
      specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
    return {
      ImportDeclaration(node) {
        if (node.importKind === 'type') return;
        if (
          node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type')
        )
          return;
        check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (!node.source || node.exportKind === 'type' || typeOnlySpecifiers(node.specifiers)) return;
        check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind === 'type') return;
        check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};
