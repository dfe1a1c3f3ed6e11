/* global window, document, chrome, setTimeout, MessageEvent, MouseEvent, KeyboardEvent, innerWidth, location, performance, localStorage, sessionStorage, Element, addEventListener */
// The hostile Autotask page's script (issue 7 §1), served by hostile-world.ts into <head> before
// anything of ours runs. It is plain browser JavaScript in the page's main world. It records what
// it managed to do in window.__attack; the e2e test reads that and counts.
(() => {
  const A = (window.__attack = { captured: [], messages: [], attempts: [], reads: [], errors: [] });
  const note = (what, ok, detail) =>
    A.attempts.push({ what, ok: !!ok, detail: detail === undefined ? '' : String(detail).slice(0, 300) });

  // Capture every shadow root attached in this world, closed ones included. Our content script runs
  // in an isolated world with its own prototypes, so this must catch nothing of ours.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    A.captured.push({ tag: this.tagName, root });
    return root;
  };
  // Every message posted to this window (our sidebar must never post anything to the host page).
  addEventListener(
    'message',
    (event) => {
      let data;
      try {
        data = JSON.stringify(event.data);
      } catch {
        data = String(event.data);
      }
      A.messages.push({ origin: event.origin, data: (data || '').slice(0, 2000) });
    },
    true,
  );

  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Everything of the page's world the attacker can read as text. */
  function readable() {
    const texts = [
      document.documentElement.outerHTML,
      document.cookie,
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      window.name,
    ];
    for (const entry of performance.getEntries()) texts.push(entry.name);
    for (const { root } of A.captured) texts.push(root.innerHTML);
    for (let i = 0; i < window.frames.length; i++) {
      try {
        texts.push(window.frames[i].document.documentElement.outerHTML);
        note(`read frames[${i}].document`, true, window.frames[i].location.href);
      } catch (error) {
        note(`read frames[${i}].document`, false, error.name);
      }
    }
    for (const m of A.messages) texts.push(m.data);
    return texts.join('\n');
  }

  window.__attackRun = async ({ extensionId, poId, messages }) => {
    const host = document.querySelector('autotask-bridge-root');
    note('find our host element', !!host, host && host.tagName);
    // Reach into the sidebar host.
    note('read host.shadowRoot', host && host.shadowRoot !== null, host && host.shadowRoot);
    note(
      'capture a closed shadow root of ours',
      A.captured.some((c) => c.tag === 'AUTOTASK-BRIDGE-ROOT'),
      A.captured.length,
    );
    for (const { root } of A.captured) {
      const frame = root.querySelector('iframe');
      if (frame) note('read our iframe src through a captured root', true, frame.src);
    }
    note(
      'chrome.runtime.sendMessage in the page',
      typeof chrome !== 'undefined' && !!chrome.runtime && !!chrome.runtime.sendMessage,
    );

    // Frame our sidebar page ourselves, with a PO id of our choosing.
    const framed = document.createElement('iframe');
    framed.id = 'attacker-framed-sidebar';
    framed.src = `chrome-extension://${extensionId}/sidebar.html?poId=${poId}`;
    framed.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:500px;z-index:2147483647';
    document.body.append(framed);
    await new Promise((resolve) => {
      framed.addEventListener('load', resolve, { once: true });
      setTimeout(resolve, 5000);
    });
    await wait(1500);
    try {
      const doc = framed.contentDocument || framed.contentWindow.document;
      note('read the framed sidebar document', !!doc, doc && doc.body && doc.body.innerText);
    } catch (error) {
      note('read the framed sidebar document', false, error.name);
    }
    try {
      note('read the framed sidebar location', true, framed.contentWindow.location.href);
    } catch (error) {
      note('read the framed sidebar location', false, error.name);
    }

    // Post every forged message to every listener we can address.
    const targets = [window, framed.contentWindow];
    for (let i = 0; i < window.frames.length; i++) targets.push(window.frames[i]);
    for (const message of messages) {
      for (const target of targets) {
        try {
          target.postMessage(message, '*');
        } catch (error) {
          A.errors.push(String(error));
        }
      }
      window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin }));
    }

    // Synthetic clicks and keys on everything of ours the page can reach.
    const fire = (el) => {
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick'])
        el.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            composed: true,
            cancelable: true,
            clientX: innerWidth - 100,
            clientY: 200,
          }),
        );
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      if (typeof el.click === 'function') el.click();
    };
    if (host) fire(host);
    for (const [x, y] of [
      [innerWidth - 100, 150],
      [innerWidth - 200, 300],
      [innerWidth - 50, 600],
      [200, 200],
    ]) {
      const el = document.elementFromPoint(x, y);
      if (el) fire(el);
    }
    fire(framed);

    // Overlay and restyle the sidebar (clickjacking set-up): a near-invisible layer above it that
    // lets clicks through, and our host made almost transparent.
    const overlay = document.createElement('div');
    overlay.id = 'attacker-overlay';
    overlay.textContent = 'Click here to win';
    overlay.style.cssText =
      'position:fixed;inset:0;z-index:2147483647;opacity:0.02;pointer-events:none;background:#f00';
    document.body.append(overlay);
    const style = document.createElement('style');
    style.textContent =
      'autotask-bridge-root{opacity:.05!important;filter:blur(2px)!important} iframe{opacity:.05!important}';
    document.head.append(style);
    if (host) host.style.setProperty('transform', 'translateX(0)');
    await wait(1000);
    return { readable: readable(), attempts: A.attempts, messages: A.messages };
  };
})();
