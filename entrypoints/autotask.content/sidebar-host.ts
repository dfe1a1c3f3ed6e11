// The sidebar's host in the Autotask page: one <autotask-bridge-root> whose CLOSED shadow root holds
// the sidebar iframe (an extension page) and a small "show" handle used while collapsed. The page can
// neither reach into the shadow root nor read the iframe (cross-origin), so nothing of ours leaks.

export const HOST_TAG = 'autotask-bridge-root';

// `all: initial` keeps Autotask's stylesheets out; the z-index sits just below the maximum so the page's
// own modal dialogs (which use the maximum) still win.
const STYLE = `
:host { all: initial; position: fixed; top: 0; right: 0; height: 100vh; z-index: 2147483646; display: block; }
iframe { width: 380px; height: 100vh; border: 0; border-left: 1px solid #8884; box-shadow: -2px 0 8px #0003;
  background: Canvas; color-scheme: light dark; display: block; }
button { all: initial; position: absolute; top: 120px; right: 0; writing-mode: vertical-rl; cursor: pointer;
  font: 600 13px system-ui, sans-serif; padding: 12px 6px; border-radius: 6px 0 0 6px; background: #1f5fbf; color: #fff; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
[hidden] { display: none !important; }
`;

export interface SidebarHost {
  readonly element: HTMLElement;
  setSrc(src: string): void;
  setCollapsed(collapsed: boolean): void;
  isCollapsed(): boolean;
  remove(): void;
}

export function mountSidebarHost(doc: Document, src: string): SidebarHost {
  const element = doc.createElement(HOST_TAG);
  const shadow = element.attachShadow({ mode: 'closed' });

  const style = doc.createElement('style');
  style.textContent = STYLE;
  const frame = doc.createElement('iframe');
  frame.title = 'Autotask Bridge sidebar';
  frame.src = src;
  const show = doc.createElement('button');
  show.type = 'button';
  show.textContent = 'Autotask Bridge';
  show.setAttribute('aria-label', 'Show Autotask Bridge sidebar');
  show.hidden = true;
  shadow.append(style, frame, show);

  let collapsed = false;
  const setCollapsed = (value: boolean) => {
    collapsed = value;
    frame.hidden = value;
    show.hidden = !value;
  };
  // Only a real user's click expands: a hostile page can dispatch synthetic events (isTrusted false).
  show.addEventListener('click', (event) => {
    if (event.isTrusted) setCollapsed(false);
  });

  // A <frameset> page renders no other body children, so attach to <html> there.
  const parent = doc.body && doc.body.tagName !== 'FRAMESET' ? doc.body : doc.documentElement;
  parent.append(element);

  return {
    element,
    setSrc(next) {
      if (frame.src !== next) frame.src = next;
    },
    setCollapsed,
    isCollapsed: () => collapsed,
    remove: () => element.remove(),
  };
}
