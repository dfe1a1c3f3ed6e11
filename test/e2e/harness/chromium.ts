// Where Chromium is, and where the built extension is (E2E.md). Both are checked up front so a
// missing piece fails loudly with the fix, never as a silent skip.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const builtExtensionDir = process.env.WXT_OUT_DIR
  ? `${process.env.WXT_OUT_DIR}/chrome-mv3`
  : fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
/** run.ts points this at a snapshot of the build, so a rebuild mid-suite cannot pull it away. */
export const extensionDir = process.env.AUTOTASK_BRIDGE_E2E_EXTENSION ?? builtExtensionDir;

export function missingPrerequisite(): string | undefined {
  if (!existsSync(chromiumPath)) {
    return (
      `Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` (Debian)` +
      ' — end-to-end tests cannot run'
    );
  }
  if (!existsSync(`${builtExtensionDir}/manifest.json`)) {
    return `No built extension in ${builtExtensionDir}: run \`npm run build\` first — end-to-end tests cannot run`;
  }
  return undefined;
}
