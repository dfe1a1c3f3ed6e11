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
