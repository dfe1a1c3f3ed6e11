// One linter. Besides the usual rules it enforces the dependency direction of STYLE.md:
// entrypoints → components → lib/messaging; lib/sync → clients; clients never import each other;
// nothing in lib/ imports upward; components hold no API clients and no storage.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import libFolderCycles from './eslint-rules/lib-folder-cycles.js';
import noDistributorNames from './eslint-rules/no-distributor-names.js';

const local = { rules: { 'lib-folder-cycles': libFolderCycles, 'no-distributor-names': noDistributorNames } };

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(([group, message]) => ({ group, message })) }],
});

const UPWARD = [
  ['**/entrypoints/**', '**/components/**', '**/test/**'],
  'lib/ never imports upward (STYLE.md).',
];
const BROWSER = [
  ['wxt/browser', 'webextension-polyfill'],
  'Browser APIs stay in the extension’s adapters: use a lib/host port (issue 13).',
];
const DEXIE = [
  ['**/db/db', 'dexie'],
  'The engine stores through lib/host/store.ts (issue 13): IndexedDB is the extension’s adapter.',
];
/** The folders of the engine the runner hosts too (issue 13 §1). */
const ENGINE = [
  'lib/host/**',
  'lib/sync/**',
  'lib/log/**',
  'lib/products/**',
  'lib/order-status/**',
  'lib/orders/**',
];
/** The extension's own reads of its database (the log page, popup, sidebar, badge): no runner use. */
const EXTENSION_READS = [
  'lib/log/query.ts',
  'lib/log/export*.ts',
  'lib/log/first-screen.ts',
  'lib/log/activity-reads.ts',
  'lib/log/key-activity.ts',
  'lib/log/unseen.ts',
  'lib/order-status/views.ts',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.demo/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['lib/**'],
    rules: restrict([
      [['**/entrypoints/**', '**/components/**', '**/test/**'], 'lib/ never imports upward (STYLE.md).'],
    ]),
  },
  {
    // The engine the runner hosts too (issue 13 §1): browser APIs reach it only through lib/host's
    // ports, whose extension adapters live in entrypoints/. (The extension-only windows are exempt.)
    files: ENGINE,
    ignores: ['lib/orders/review-window.ts'],
    rules: restrict([UPWARD, BROWSER]),
  },
  {
    // …and its storage only through lib/host/store.ts (IndexedDB in lib/db/dexie-store.ts, SQL in
    // runner/store/engine-store.ts). The extension's own views of its database read Dexie directly.
    files: ENGINE,
    ignores: ['lib/orders/review-window.ts', ...EXTENSION_READS],
    rules: restrict([UPWARD, BROWSER, DEXIE]),
  },
  {
    files: ['lib/autotask/**'],
    rules: restrict([
      [
        [
          '**/distributor/**',
          '**/sync/**',
          '**/messaging/**',
          '**/entrypoints/**',
          '**/components/**',
          '**/test/**',
        ],
        'The Autotask client imports only lib/http, lib/errors (STYLE.md).',
      ],
      DEXIE,
    ]),
  },
  {
    files: ['lib/distributor/**'],
    rules: restrict([
      [
        [
          '**/autotask/**',
          '**/sync/**',
          '**/messaging/**',
          '**/entrypoints/**',
          '**/components/**',
          '**/test/**',
        ],
        'The distributor client imports only lib/http, lib/errors (STYLE.md).',
      ],
    ]),
  },
  {
    files: ['lib/http/**', 'lib/errors/**'],
    rules: restrict([
      [
        [
          '**/autotask/**',
          '**/distributor/**',
          '**/sync/**',
          '**/log/**',
          '**/messaging/**',
          '**/settings/**',
          '**/connections/**',
          '**/entrypoints/**',
          '**/components/**',
          '**/test/**',
        ],
        'lib/http and lib/errors are the bottom layer (STYLE.md).',
      ],
    ]),
  },
  {
    files: ['components/**'],
    rules: restrict([
      [
        [
          '**/lib/autotask/**',
          '**/lib/distributor/**',
          // The registry is data (ids, labels, form fields, hints): pages show what the background knows.
          '!**/lib/distributor/registry',
          '!**/lib/distributor/module',
          '**/lib/http/**',
          '**/lib/log/**',
          // The log's label table is plain words (no storage): pages show what the CSV writes.
          '!**/lib/log/labels',
          '**/lib/settings/**',
          // The support-contact rule is plain zod (no storage): the form checks what the background will.
          '!**/lib/settings/support-contact',
          // Data-free change signals the background announces in chrome.storage (no secret, no client).
          '!**/lib/settings/changes',
          // The adapter `changes` reads through (chrome.storage.local, which content scripts read anyway).
          '!**/lib/settings/extension-area',
          '**/lib/sync/**',
          '**/lib/connections/**',
          // The team runner's client is the service worker's (it alone holds the token); a page only
          // checks the address and asks for access to its host.
          '**/lib/runner-client/**',
          '!**/lib/runner-client/address',
          '!**/lib/runner-client/permission',
          '!**/lib/runner-client/merge',
          'dexie',
          'ofetch',
          '**/entrypoints/**',
        ],
        'Components talk to the background through lib/messaging only (STYLE.md).',
      ],
    ]),
  },
  {
    files: ['entrypoints/*.content/**', 'entrypoints/**/content/**'],
    rules: restrict([
      [
        [
          '**/lib/autotask/**',
          '**/lib/distributor/**',
          '!**/lib/distributor/registry',
          '**/lib/http/**',
          '**/lib/log/**',
          '**/lib/settings/**',
          '!**/lib/settings/changes',
          // The adapter `changes` reads through (chrome.storage.local, which content scripts read anyway).
          '!**/lib/settings/extension-area',
          '**/lib/sync/**',
          '**/lib/connections/**',
          'dexie',
        ],
        'The content script only recognises pages and talks through lib/messaging.',
      ],
    ]),
  },
  {
    // No import cycles between the folders of lib/ (issue 12 §1).
    files: ['lib/**/*.ts'],
    plugins: { local },
    rules: { 'local/lib-folder-cycles': 'error' },
  },
  {
    // Distributor names stay in lib/distributor/<id>/ and the registry (issue 12 §1).
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['lib/distributor/**'],
    plugins: { local },
    rules: { 'local/no-distributor-names': 'error' },
  },
);
