// One e2e session = a fresh sandbox with the demo tenant + a fresh Chromium profile mapped to it.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startSandbox } from '../../sandbox/server';
import type { Sandbox } from '../../sandbox/server';
import { launchExtension } from './browser';
import type { ExtensionBrowser } from './browser';
import {
  autotaskConnectedText,
  connectAutotask,
  connectTdSynnex,
  distributorCard,
  selectedVendor,
} from './user';
import { eventually } from './wait';

export interface Session {
  sandbox: Sandbox;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const sandbox = await startSandbox({ seed: 'demo' });
  try {
    const browser = await launchExtension({ hostResolverRules: sandbox.hostResolverRules });
    return {
      sandbox,
      browser,
      async close() {
        await browser.close();
        await sandbox.close();
      },
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/** Connects both demo accounts through the options page, as a user would; returns that page. */
export async function connectBothInOptions(browser: ExtensionBrowser): Promise<Page> {
  const options = await browser.openExtensionPage('options.html');
  await connectAutotask(options);
  await options.getByText(autotaskConnectedText).waitFor({ timeout: 15_000 });
  await connectTdSynnex(options);
  // TD SYNNEX is connected once its card offers Reconnect instead of Connect.
  const tdsynnex = distributorCard(options, 'tdsynnex');
  await tdsynnex.getByRole('button', { name: 'Reconnect' }).waitFor({ timeout: 15_000 });
  // The vendor is pre-selected from the tenant's vendors; the user confirms it.
  await eventually(
    () => selectedVendor(options).catch(() => ''),
    (name) => /SYNNEX/i.test(name),
    {
      what: 'the pre-selected TD SYNNEX vendor',
    },
  );
  const confirm = tdsynnex.getByRole('button', { name: 'Use this vendor' });
  if ((await confirm.count()) > 0) {
    await confirm.click();
    await confirm.waitFor({ state: 'detached', timeout: 10_000 });
  }
  return options;
}

/**
 * A fresh session with both demo accounts connected; `options` is the page that connected them, left
 * open for tests that send messages from it. A failed connect closes the session: no Chromium or
 * sandbox outlives a failed start.
 */
export async function startConnected(): Promise<{ session: Session; options: Page }> {
  const session = await startSession();
  try {
    return { session, options: await connectBothInOptions(session.browser) };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** startConnected for tests that never use that options page: it is closed. */
export async function startConnectedSession(): Promise<Session> {
  const { session, options } = await startConnected();
  await options.close();
  return session;
}

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/** `name`.png in the light scheme and `name`-dark.png in the dark one; the page is left light. */
export async function screenshotLightAndDark(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, name);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}
