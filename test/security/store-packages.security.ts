// Issue 7 §5: `npm run zip` builds and zips the Chrome/Edge and the Firefox MV3 packages in one
// command, and the Firefox manifest is checked here in CI (the extension is runtime-tested in
// Chromium only — README "Browsers"). Built into a temp dir (WXT_OUT_DIR) so .output is untouched.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigure } from './figures';

interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  action?: { default_popup?: string };
  options_ui?: { page: string };
  icons?: Record<string, string>;
}

let out: string;
let chrome: Manifest;
let firefox: Manifest;
const checks = { run: 0, failed: 0 };

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'autotask-bridge-zip-'));
  execFileSync('npm', ['run', 'zip'], {
    env: { ...process.env, WXT_OUT_DIR: out },
    stdio: 'pipe',
    timeout: 180_000,
  });
  chrome = JSON.parse(readFileSync(join(out, 'chrome-mv3', 'manifest.json'), 'utf8')) as Manifest;
  firefox = JSON.parse(readFileSync(join(out, 'firefox-mv3', 'manifest.json'), 'utf8')) as Manifest;
}, 200_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  recordFigure('store-packages', {
    label: 'Store packages (npm run zip) + Firefox manifest',
    counts: { checks: checks.run, failed: checks.failed },
    mustBeZero: ['failed'],
    minimums: { checks: 8 },
  });
});

/** Counts every check for the printed figure. */
function check(name: string, body: () => void) {
  it(name, () => {
    checks.run += 1;
    try {
      body();
    } catch (error) {
      checks.failed += 1;
      throw error;
    }
  });
}

const referenced = (m: Manifest): string[] => [
  ...(m.background?.scripts ?? []),
  ...(m.background?.service_worker ? [m.background.service_worker] : []),
  ...(m.content_scripts ?? []).flatMap((c) => c.js ?? []),
  ...(m.web_accessible_resources ?? []).flatMap((w) => w.resources),
  ...(m.action?.default_popup ? [m.action.default_popup] : []),
  ...(m.options_ui ? [m.options_ui.page] : []),
  ...Object.values(m.icons ?? {}),
];

describe('npm run zip', () => {
  check('writes a Chrome zip, a Firefox zip and the Firefox sources zip, each with a manifest', () => {
    const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
    const version = chrome.version;
    expect(zips.sort()).toEqual(
      [
        `autotask-bridge-${version}-chrome.zip`,
        `autotask-bridge-${version}-firefox.zip`,
        `autotask-bridge-${version}-sources.zip`,
      ].sort(),
    );
    for (const zip of zips.filter((z) => !z.endsWith('sources.zip'))) {
      // Zip entry names are stored as plain text in the archive's headers.
      expect(readFileSync(join(out, zip)).includes('manifest.json'), zip).toBe(true);
    }
  });
});

describe('the Firefox MV3 manifest', () => {
  check('is Manifest V3 with a Gecko add-on id and a minimum version that runs MV3', () => {
    expect(firefox.manifest_version).toBe(3);
    const gecko = firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^([\w.-]+@[\w.-]+|\{[0-9a-f-]{36}\})$/i);
    // Firefox 109 is the first with MV3; 115 is the current ESR baseline.
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(109);
  });

  check('uses background scripts (Firefox has no MV3 service worker) and no Chrome-only keys', () => {
    expect(firefox.background?.scripts?.length).toBeGreaterThan(0);
    expect(firefox.background?.service_worker).toBeUndefined();
    expect(Object.keys(firefox)).not.toContain('minimum_chrome_version');
    expect(Object.keys(firefox)).not.toContain('side_panel');
  });

  check('asks for exactly the Chrome build’s permissions and hosts', () => {
    expect(firefox.permissions?.sort()).toEqual(chrome.permissions?.sort());
    expect(firefox.host_permissions?.sort()).toEqual(chrome.host_permissions?.sort());
  });

  check('exposes only the sidebar to Autotask pages, like the Chrome build (not the review window)', () => {
    expect(firefox.web_accessible_resources).toEqual(chrome.web_accessible_resources);
    expect(firefox.web_accessible_resources?.flatMap((w) => w.resources)).toEqual(['sidebar.html']);
    expect(firefox.web_accessible_resources?.flatMap((w) => w.matches)).toEqual(['https://*.autotask.net/*']);
  });

  check('injects the content script on Autotask hosts only', () => {
    expect(firefox.content_scripts?.flatMap((c) => c.matches)).toEqual(['https://*.autotask.net/*']);
  });

  check('references only files that are in the package', () => {
    const missing = referenced(firefox).filter((file) => !existsSync(join(out, 'firefox-mv3', file)));
    expect(missing).toEqual([]);
  });

  check('has the same version as the Chrome build', () => {
    expect(firefox.version).toBe(chrome.version);
  });
});

describe('the Chrome MV3 manifest', () => {
  check('uses a module service worker and has no Gecko settings', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background?.service_worker).toBeTruthy();
    expect(chrome.browser_specific_settings).toBeUndefined();
    const missing = referenced(chrome).filter((file) => !existsSync(join(out, 'chrome-mv3', file)));
    expect(missing).toEqual([]);
  });
});
