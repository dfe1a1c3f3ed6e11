// Renders the review window against a fake background, with the window "in front" (jsdom has no
// focus of its own) and fake timers, so a test decides when the one-second arming has passed.
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { ReviewApp } from '../../../components/review/review-app';
import type { ReviewTarget } from '../../../components/review/review-app';
import { ApiProvider } from '../../../components/ui/api';
import { ARM_DELAY_MS } from '../../../components/ui/window-attention';
import { fakeApi } from '../fake-api';
import type { Handlers } from '../fake-api';
import { ACCEPTED, CHECK, PO } from './fixtures';

export function focusedWindow(): void {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
}

export function restoreWindow(): void {
  vi.useRealTimers();
  vi.restoreAllMocks();
}

/**
 * The window has now been in front for the arming delay (async: React's passive effects, which
 * start the wait, run on the faked scheduler timers too).
 */
export async function armConfirm(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ARM_DELAY_MS);
  });
}

export function renderReview(target: ReviewTarget, handlers: Handlers = {}) {
  const fake = fakeApi({
    'purchaseOrder.get': () => PO,
    'order.check': () => CHECK,
    'order.state': () => null,
    'order.submit': () => ACCEPTED,
    ...handlers,
  });
  const onClose = vi.fn();
  render(
    <ApiProvider api={fake.api}>
      <ReviewApp target={target} resume={{ delays: [10], resumeForMs: 60_000 }} onClose={onClose} />
    </ApiProvider>,
  );
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  return { ...fake, onClose, user };
}
