// Tells the content script in the host page that the inline badges may have changed. The message
// carries no data (the page sees it too): the content script asks the background for the badges.
export const BADGES_CHANGED = 'autotask-bridge.badges-changed';

export function nudgeBadges(): void {
  if (window.parent !== window) window.parent.postMessage({ type: BADGES_CHANGED }, '*');
}
