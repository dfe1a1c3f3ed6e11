// Issue 11 §4: WXT tells an older copy of a content script to stop with a CustomEvent named
// "<extension id>:<entrypoint>:wxt:content-script-started" on `document`
// (wxt/utils/content-script-context, listenForNewerScripts). DOM events cross worlds, so the
// Autotask page can dispatch one too, and the ctx would invalidate and take the sidebar away.
// `noScriptStartedPostMessage` (index.ts) stops WXT posting that name to the page; this guard
// stops the event itself while this copy is still valid. The real case — the extension was
// reloaded or updated — leaves the old copy without `runtime.id`, and the event goes through.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** WXT's getUniqueEventName("wxt:content-script-started"); its own constant is private. */
export function scriptStartedEventName(): string {
  return `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
}

export function guardScriptStartedEvent(
  ctx: ContentScriptContext,
  win: Window = window,
  stillValid: () => boolean = () => Boolean(browser.runtime?.id),
): void {
  // Capturing on window runs before WXT's listener on document (the event's target).
  win.addEventListener(
    scriptStartedEventName(),
    (event) => {
      if (stillValid()) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
