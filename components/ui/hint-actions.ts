// What a hint's action button does on each page (lib/errors/hint-types.ts HintActionId). Everything
// here is navigation: the user confirms real work (reconnect, run) on the page it opens.
import type { HintAction, HintActionId } from '../../lib/hints/hints';

/** The options page's element id of one distributor's card (components/settings/distributor-connection). */
export function distributorSection(id: string): string {
  return `distributor-${id}`;
}
/** The options page's element holding every distributor's card. */
export const DISTRIBUTORS_SECTION = 'distributors';

// The options-page section (element id) that resolves each action. A distributor's (re)connect
// opens its own card (distributor-<id>) when the action names it, else the list of distributors.
const OPTIONS_SECTION: Record<HintActionId, string | null> = {
  'reconnect-autotask': 'autotask',
  'reconnect-distributor': DISTRIBUTORS_SECTION,
  'connect-autotask': 'autotask',
  'connect-distributor': DISTRIBUTORS_SECTION,
  'run-product-sync': 'template-product-sync',
  'open-template-settings': 'templates',
  'open-status-mapping': 'status-mapping',
  'open-help': null,
};

/**
 * A template's own settings section when the action names one (issue 10 §1), a distributor's own
 * card when the action names that distributor.
 */
function sectionFor(action: HintAction): string | null {
  if (action.id === 'open-template-settings' && action.template) return `template-${action.template}`;
  const distributorAction = action.id === 'reconnect-distributor' || action.id === 'connect-distributor';
  if (distributorAction && action.distributor) return distributorSection(action.distributor);
  return OPTIONS_SECTION[action.id];
}

/** Popup, sidebar, log: open the options page at the section that fixes it (or the help page). */
export function openOptionsFor(action: HintAction): void {
  const section = sectionFor(action);
  window.open(section ? `options.html#${section}` : 'help.html', '_blank', 'noopener');
}

/** Options page: put the keyboard focus on the section's first field (focusing scrolls it into view). */
export function focusSectionFor(action: HintAction): void {
  const section = sectionFor(action);
  if (!section) {
    window.open('help.html', '_blank', 'noopener');
    return;
  }
  focusSection(section);
}

export function focusSection(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  // A section made focusable (tabindex="-1", a template's settings) takes the focus itself.
  const target = element.hasAttribute('tabindex')
    ? element
    : element.querySelector<HTMLElement>('input, select, button');
  target?.focus();
}
