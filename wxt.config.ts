import { defineConfig } from 'wxt';

// Manifest and build configuration. Permissions are explained in README.md ("Permissions").
export default defineConfig({
  // WXT_OUT_DIR lets parallel builds (several engineers, benches) not empty each other's output.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Autotask Bridge',
    description:
      'TD SYNNEX and Ingram Micro inside Autotask PSA: prices, stock, orders and status on the Autotask page.',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    host_permissions: [
      'https://*.autotask.net/*',
      'https://ec.us.tdsynnex.com/*',
      'https://ec.ca.tdsynnex.com/*',
      'https://testec.us.tdsynnex.com/*',
      'https://testec.ca.tdsynnex.com/*',
      // Ingram Micro Reseller API: production and sandbox share the host (APIS.md §2.1).
      'https://api.ingrammicro.com/*',
    ],
    // The team runner (issue 13 §2) lives at an address each MSP chooses, so it cannot be listed
    // above. Optional host permissions are never granted at install (and raise no install warning):
    // Options › Team runner asks for that ONE host with permissions.request when Connect is clicked,
    // and Disconnect gives it back. `https://*/*` because the runner may be on any host; plain http
    // only for a runner on this machine's loopback, where the token never crosses a network (the
    // options page refuses any other http:// address before asking). Ports are not part of match
    // patterns (Firefox has none; Chrome's match every port when none is given).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['https://*.autotask.net/*'] }],
    action: { default_title: 'Autotask Bridge' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'autotask-bridge@autotask-bridge.dev', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
