// The toolbar badge's look (issue 13 §3): the number, its colour and what the tooltip says.
import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeView, EXTENSION_TITLE } from '../../../lib/log/badge-view';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the toolbar badge', () => {
  it('is empty, with the extension’s own title, when nothing new failed', () => {
    expect(badgeView({ failed: 0, partial: 0 })).toMatchObject({ text: '', title: EXTENSION_TITLE });
  });

  it.each([
    [{ failed: 2, partial: 1 }, '3', 'Autotask Bridge — 2 failed, 1 partial since you last looked'],
    [{ failed: 1, partial: 0 }, '1', 'Autotask Bridge — 1 failed since you last looked'],
    [{ failed: 0, partial: 4 }, '4', 'Autotask Bridge — 4 partial since you last looked'],
    [{ failed: 60, partial: 39 }, '99', 'Autotask Bridge — 60 failed, 39 partial since you last looked'],
    [{ failed: 60, partial: 40 }, '99+', 'Autotask Bridge — 60 failed, 40 partial since you last looked'],
  ])('shows %o as %s, titled “%s”', (counts, text, title) => {
    expect(badgeView(counts)).toMatchObject({ text, title });
  });

  it('is red when anything failed and amber when only partial', () => {
    expect(badgeView({ failed: 1, partial: 5 })).toMatchObject({
      background: BADGE_COLOURS.failed.background,
      textColor: BADGE_COLOURS.failed.text,
    });
    expect(badgeView({ failed: 0, partial: 5 })).toMatchObject({
      background: BADGE_COLOURS.partial.background,
      textColor: BADGE_COLOURS.partial.text,
    });
  });

  it.each(Object.entries(BADGE_COLOURS))('keeps its %s text readable (WCAG AA, 4.5:1)', (_, colours) => {
    expect(contrast(colours.background, colours.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('could not use white text on amber', () => {
    expect(contrast(BADGE_COLOURS.partial.background, '#FFFFFF')).toBeLessThan(4.5);
  });
});
