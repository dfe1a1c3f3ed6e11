// Issue 11 §4: WXT tells an older copy of a content script to stop with a CustomEvent named
// "<extension id>:autotask:wxt:content-script-started" on `document` (wxt/utils/content-script-context,
// listenForNewerScripts). DOM events cross worlds, so the Autotask page can dispatch one too, and the
// ctx would invalidate and take the sidebar away. `noScriptStartedPostMessage` (index.ts) stops WXT
// from posting that name to the page; this guard stops the event itself while this copy is still
// valid. The real case — the extension was reloaded or updated — leaves the old copy without
// `runtime.id`, and then the event goes through as WXT intends.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function guardScriptStartedEvent(
  ctx: ContentScriptContext,
  win: Window,
  eventName: string,
  stillValid: () => boolean,
): void {
  // Capturing on window runs before WXT's listener on document (the event's target).
  ctx.addEventListener(
    win,
    eventName as keyof WindowEventMap,
    (event: Event) => {
      if (stillValid()) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
