// Landing on an options-page section from a link such as options.html#template-create-orders (a
// hint's `Open template settings`, issue 10 §1). The templates and their settings load one by one
// after the page opens, so the section may not exist yet, and sections above it grow as their
// settings arrive: wait for it, focus it, and keep it in view until the page settles — unless the
// user has moved on (focus elsewhere, or scrolled by hand).
import { focusSection } from '../ui/hint-actions';

const WAIT_MS = 15_000;
const SETTLE_MS = 3_000;

export function landOnSection(id: string): () => void {
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let userScrolled = false;
  const onUserScroll = () => {
    userScrolled = true;
  };
  const stop = () => {
    observer?.disconnect();
    if (timer) clearTimeout(timer);
    window.removeEventListener('wheel', onUserScroll);
    window.removeEventListener('keydown', onUserScroll);
    window.removeEventListener('touchmove', onUserScroll);
  };

  const keepInView = (element: HTMLElement) => {
    focusSection(id);
    element.scrollIntoView({ block: 'start' });
    for (const name of ['wheel', 'keydown', 'touchmove'] as const) {
      window.addEventListener(name, onUserScroll, { passive: true });
    }
    observer?.disconnect();
    observer = new MutationObserver(() => {
      const stillThere = element.isConnected && element.contains(document.activeElement);
      if (userScrolled || !stillThere) return stop();
      element.scrollIntoView({ block: 'start' });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    timer = setTimeout(stop, SETTLE_MS);
  };

  const found = document.getElementById(id);
  if (found) {
    keepInView(found);
  } else {
    observer = new MutationObserver(() => {
      const element = document.getElementById(id);
      if (element) keepInView(element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    timer = setTimeout(stop, WAIT_MS);
  }
  return stop;
}
