// Launches Chromium with the built extension, production host names mapped to a sandbox (E2E.md
// "End-to-end in real Chromium"), and hands tests the handles they need: the service worker, the
// extension id, extension pages, and a way to stop the worker.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
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
  /**
   * Optional host permissions already granted, as a person's yes to the browser's prompt leaves them
   * in the profile (headless Chromium cannot show that prompt; see grantInProfile).
   */
  grantedOrigins?: string[];
}

/**
 * The id Chromium gives an unpacked extension: the first 16 bytes of the SHA-256 of its absolute
 * path, in hex, written with the letters a–p. A test that must name the extension's origin before
 * any browser runs (a runner's allowed origins) computes it here; launchExtension checks it.
 */
export async function unpackedExtensionId(dir: string = extensionDir): Promise<string> {
  const hex = createHash('sha256')
    .update(await realpath(dir))
    .digest('hex')
    .slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Writes `origins` into the profile's record of what the extension was granted (Default/Preferences,
 * `granted_permissions` and `active_permissions`), where Chromium keeps a yes to
 * `permissions.request`. Headless Chromium opens that prompt where nobody can click it, so a journey
 * that needs the yes says it here, before the browser starts; `permissions.contains` then answers
 * true and `permissions.request` resolves true without a prompt, as after a real yes.
 */
async function grantInProfile(profileDir: string, extensionId: string, origins: string[]): Promise<void> {
  const path = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(path, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] }>> };
  };
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings?.granted_permissions || !settings.active_permissions) {
    throw new Error(
      `The profile has no permission record for ${extensionId} to grant ${origins.join(', ')} in`,
    );
  }
  for (const key of ['granted_permissions', 'active_permissions'] as const) {
    const record = settings[key]!;
    record.explicit_host = [...new Set([...(record.explicit_host ?? []), ...origins])];
  }
  await writeFile(path, JSON.stringify(prefs));
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
  /** Closes the browser and deletes its profile (`keepProfile`: for a restart in the same one). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'autotask-bridge-e2e-'));
  if (options.grantedOrigins?.length) {
    // A first start installs the extension into the profile; the grant is written while it is shut.
    const first = await launchInProfile({ ...options, profileDir });
    await first.close({ keepProfile: true });
    await grantInProfile(profileDir, first.extensionId, options.grantedOrigins).catch(async (error) => {
      await rm(profileDir, { recursive: true, force: true });
      throw error;
    });
  }
  return launchInProfile({ ...options, profileDir });
}

async function launchInProfile(options: LaunchOptions & { profileDir: string }): Promise<ExtensionBrowser> {
  const unpacked = options.extensionDir ?? extensionDir;
  const { profileDir } = options;
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
  const close = async ({ keepProfile = false } = {}) => {
    await context.close();
    if (keepProfile) return;
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
