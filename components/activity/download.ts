// Saving a Blob from an extension page: an <a download> click on an object URL. Needs no "downloads"
// permission, and the file is complete before the click, so closing the page afterwards is safe.
export type SaveFile = (blob: Blob, fileName: string) => void;

/** Long enough for the browser to start reading the object URL; then its memory is released. */
const REVOKE_AFTER_MS = 60_000;

export const saveFile: SaveFile = (blob, fileName) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `autotask-bridge-log-2026-11-25T0930.csv`, in local time. */
export function csvFileName(now: Date = new Date()): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `autotask-bridge-log-${day}T${pad(now.getHours())}${pad(now.getMinutes())}.csv`;
}
