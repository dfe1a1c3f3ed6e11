// Launches Chromium with the built extension, production host names mapped to a sandbox (E2E.md
// "End-to-end in real Chromium"), and hands tests the handles they need: the service worker, the
// extension id, extension pages, and a way to stop the worker.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { chromiumPath, extensionDir } from './chromium';

export interface LaunchOptions {
  /** From `startSandbox().hostResolverRules`. */
  hostResolverRules: string;
  /** New headless (the default) loads extensions; headful needs a display. */
  headless?: boolean;
  /** The unpacked extension; defaults to the `npm run build` output. */
  extensionDir?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The current service worker (a new handle after the worker was stopped and restarted). */
  serviceWorker(): Promise<Worker>;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  /** Stops the service worker the way Chromium does when it idles (E2E.md: CDP stopAllWorkers). */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const unpacked = options.extensionDir ?? extensionDir;
  const profileDir = await mkdtemp(join(tmpdir(), 'autotask-bridge-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    args: [
      // Playwright always adds --disable-extensions; without the "except" flag no worker appears.
      `--disable-extensions-except=${unpacked}`,
      `--load-extension=${unpacked}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      // ignoreHTTPSErrors covers pages only; the worker's fetches need the browser-wide flag.
      '--ignore-certificate-errors',
    ],
  });
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const close = async () => {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  };
  let first: Worker;
  try {
    first = await serviceWorker();
  } catch (error) {
    // A browser left running would keep the test process (and its runner) alive.
    await close();
    throw new Error(`The extension's service worker never started (is ${unpacked} a complete build?)`, {
      cause: error,
    });
  }
  const extensionId = new URL(first.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close,
  };
}
