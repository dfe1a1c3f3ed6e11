// Legacy Autotask pages render the detail inside frames (API.md §5, UI.md), so the top frame looks at
// its own URL and then at every same-origin child frame's URL, recursively. Cross-origin frames throw
// on access and are skipped: we never need them, and we never want to touch them.
import { recognisePage } from './page-shapes';
import type { RecognisedPage } from './page-shapes';

// Autotask nests frames two or three deep; a bound keeps a pathological page from costing us time.
const MAX_FRAME_DEPTH = 6;

function hrefOf(win: Window): string | null {
  try {
    return win.location.href;
  } catch {
    return null; // cross-origin
  }
}

function childWindows(win: Window): Window[] {
  const children: Window[] = [];
  try {
    for (const frame of Array.from(win.document.querySelectorAll('iframe, frame'))) {
      const child = (frame as HTMLIFrameElement).contentWindow;
      if (child) children.push(child);
    }
  } catch {
    // cross-origin document: nothing to look at
  }
  return children;
}

/** The first purchase order or product shown by this window or any same-origin frame inside it. */
export function findPageInFrames(win: Window, depth = 0): RecognisedPage | null {
  const href = hrefOf(win);
  if (href === null) return null;
  const own = recognisePage(href);
  if (own || depth >= MAX_FRAME_DEPTH) return own;
  for (const child of childWindows(win)) {
    const found = findPageInFrames(child, depth + 1);
    if (found) return found;
  }
  return null;
}
