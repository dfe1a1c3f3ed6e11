// Accessibility helpers for the e2e suite (issue 7 §5): an axe-core run inside any page or frame
// (injected with evaluate, which extension-page CSP does not block), and a keyboard-only walk.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations (WCAG 2.x A/AA rules and best practices). */
export async function seriousViolations(target: Page | Frame): Promise<Violation[]> {
  const present = await target.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!present) await target.evaluate(axeSource);
  const violations = (await target.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.flatMap((n) => n.target).slice(0, 5),
    }));
}

export interface FocusStop {
  name: string;
  tag: string;
  /** An outline or box-shadow is drawn while focused. */
  visible: boolean;
}

/**
 * Presses Tab until focus comes back round (or `max` presses) and records every stop; with
 * `allInteractive` the names of every visible, enabled control, to compare.
 */
export async function tabWalk(page: Page, frame: Page | Frame = page, max = 80) {
  const stops: FocusStop[] = [];
  await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const labelled =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        '';
      return {
        name:
          labelled.trim().replace(/\s+/g, ' ').slice(0, 60) || el.getAttribute('placeholder') || el.tagName,
        tag: el.tagName.toLowerCase(),
        visible:
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      };
    });
    if (!stop) continue;
    if (stops.length > 2 && stops[0]!.name === stop.name && stops[0]!.tag === stop.tag) break;
    stops.push(stop);
  }
  const allInteractive = await frame.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href],button,input,select,textarea,[tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter(
        (el) =>
          !(el as HTMLButtonElement).disabled &&
          el.offsetParent !== null &&
          el.getAttribute('tabindex') !== '-1',
      )
      .map((el) => el.tagName.toLowerCase()),
  );
  return { stops, allInteractive };
}
