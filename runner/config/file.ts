// The config file (BRIDGE_CONFIG): JSON, and — because it holds credentials — readable by the
// runner's user only (issue 13 §1). A file that group or others may read is refused before it is
// read at all, so a secret that already leaked to them is at least not put to use silently.
import { readFile, stat } from 'node:fs/promises';
import { ConfigError } from './errors';

/** Any permission bit for group or others. */
const SHARED_BITS = 0o077;

const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

export async function readConfigFile(path: string): Promise<unknown> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ConfigError(`The config file ${path} (BRIDGE_CONFIG) cannot be found or read.`);
  }
  if (!info.isFile()) throw new ConfigError(`The config file ${path} (BRIDGE_CONFIG) is not a file.`);
  // Windows has no such mode bits (Node reports 0o666 for every file); its ACLs are the owner's job.
  if (process.platform !== 'win32' && (info.mode & SHARED_BITS) !== 0) {
    throw new ConfigError(
      `The config file ${path} holds credentials but other users may read it (mode ${octal(info.mode)}). ` +
        `Make it readable by the runner's user only: chmod 600 ${path} (or 400).`,
    );
  }
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // V8's message quotes the text around the mistake, which may be a password.
    throw new ConfigError(`The config file ${path} is not valid JSON.`);
  }
}
