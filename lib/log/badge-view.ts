// The toolbar badge's look for the unseen failed and partial entries (issue 13 §3): the count, red
// when anything failed, amber when only partial, and a tooltip that says what the count means. Plain
// data: the worker's adapter (entrypoints/background/toolbar-badge.ts) hands it to browser.action.
import type { UnseenCounts } from './unseen';

/** The badge has room for about four characters; beyond 99 the exact number helps nobody. */
export const MAX_SHOWN_COUNT = 99;

/** The manifest's default_title (wxt.config.ts): what the button says when there is nothing new. */
export const EXTENSION_TITLE = 'Autotask Bridge';

/**
 * Colours as #rrggbb (Chrome and Firefox both take them), each pair at least WCAG AA 4.5:1 for the
 * badge's small text: white on red 6.5:1, near-black on amber 9.2:1 (badge-view.test.ts checks).
 * Amber cannot carry white text (1.8:1), hence the explicit text colour.
 */
export const BADGE_COLOURS = {
  failed: { background: '#B3261E', text: '#FFFFFF' },
  partial: { background: '#FFB300', text: '#1B1F24' },
} as const;

export interface BadgeView {
  /** '' hides the badge. */
  text: string;
  background: string;
  textColor: string;
  title: string;
}

export function badgeView({ failed, partial }: UnseenCounts): BadgeView {
  const total = failed + partial;
  const colours = failed > 0 ? BADGE_COLOURS.failed : BADGE_COLOURS.partial;
  const parts = [...(failed > 0 ? [`${failed} failed`] : []), ...(partial > 0 ? [`${partial} partial`] : [])];
  return {
    text: total === 0 ? '' : total > MAX_SHOWN_COUNT ? `${MAX_SHOWN_COUNT}+` : String(total),
    background: colours.background,
    textColor: colours.text,
    title: total === 0 ? EXTENSION_TITLE : `${EXTENSION_TITLE} — ${parts.join(', ')} since you last looked`,
  };
}
