// Issue 10 §4: a Confirm the background never answered (the service worker stopped while handling it:
// the message channel closed) is re-sent by the window itself, which shows "Resuming…" and then the
// result — never the generic "did not answer" error.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionView } from '../../../lib/orders/views';
import { ACCEPTED } from './fixtures';
import { armConfirm, focusedWindow, renderReview, restoreWindow } from './review-harness';

beforeEach(focusedWindow);
afterEach(restoreWindow);

const channelClosed = {
  kind: 'server',
  service: 'extension',
  status: 0,
  code: 'background-unavailable',
  message: 'The extension’s background did not answer; reload the page and try again.',
};

/** Answers with each of `replies` in turn (a rejection for errors), then the last one again. */
function inTurn(replies: (SubmissionView | typeof channelClosed)[]) {
  let call = 0;
  return () => {
    const reply = replies[Math.min(call++, replies.length - 1)]!;
    return 'code' in reply ? Promise.reject(reply) : Promise.resolve(reply);
  };
}

async function confirm(user: ReturnType<typeof renderReview>['user']) {
  await screen.findByRole('heading', { name: 'Review order PO-1042' });
  await armConfirm();
  await user.click(screen.getByRole('button', { name: 'Confirm order' }));
}

describe('an unanswered Confirm', () => {
  it('is re-sent with the same payload, showing Resuming… and then the result', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const replies = inTurn([channelClosed, ACCEPTED]);
    const { user, sent } = renderReview(
      { poId: 1042, resubmit: false },
      { 'order.submit': async () => (sent('order.submit').length > 1 ? (await held, replies()) : replies()) },
    );
    await confirm(user);
    expect(await screen.findByText(/^Resuming…/)).toBeTruthy();
    release();
    expect(await screen.findByText('TD SYNNEX order 40981234, 40981235', {}, { timeout: 3000 })).toBeTruthy();
    expect(sent('order.submit')).toEqual([
      { poId: 1042, allowBackorder: true },
      { poId: 1042, allowBackorder: true },
    ]);
    expect(screen.queryByText(/did not answer/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('an outcome still being settled is asked again until it is known', async () => {
    const unknown: SubmissionView = {
      ...ACCEPTED,
      state: 'unknown',
      orderNumbers: [],
      message:
        'The outcome of AT684213-1042 is not known yet; it is settled by looking the order up at TD SYNNEX.',
    };
    const { user, sent } = renderReview(
      { poId: 1042, resubmit: false },
      { 'order.submit': inTurn([channelClosed, unknown, unknown, ACCEPTED]) },
    );
    await confirm(user);
    await screen.findByText('TD SYNNEX order 40981234, 40981235', {}, { timeout: 3000 });
    expect(sent('order.submit')).toHaveLength(4);
  });

  it('any other error is shown at once with its hint and not re-sent', async () => {
    const { user, sent } = renderReview(
      { poId: 1042, resubmit: false },
      {
        'order.submit': () =>
          Promise.reject({
            kind: 'validation',
            service: 'extension',
            status: 0,
            code: 'order-blocked',
            message: 'No.',
          }),
      },
    );
    await confirm(user);
    await screen.findByRole('alert');
    expect(sent('order.submit')).toHaveLength(1);
    expect(screen.queryByText(/Resuming/)).toBeNull();
  });
});
