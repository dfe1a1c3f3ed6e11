// Issue 11 §1: a write is confirmed only by a deliberate act in an extension window. The confirm
// button of such a window becomes usable only once the window has been visible and focused for about
// a second without a break, and says why until then.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WindowConfirmButton } from '../../../components/ui/confirm-button';
import { ARM_DELAY_MS } from '../../../components/ui/window-attention';

let focused = true;
let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  focused = true;
  visibility = 'visible';
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.spyOn(document, 'hasFocus').mockImplementation(() => focused);
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const pass = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

function renderButton(props: { disabled?: boolean } = {}) {
  const onConfirm = vi.fn();
  render(
    <WindowConfirmButton onConfirm={onConfirm} {...props}>
      Confirm order
    </WindowConfirmButton>,
  );
  const button = () => screen.getByRole('button', { name: 'Confirm order' }) as HTMLButtonElement;
  return { onConfirm, button, user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) };
}

describe('a confirm button in an extension window', () => {
  it('is not clickable in its first second, says why, and an early click does nothing', async () => {
    const { onConfirm, button, user } = renderButton();
    expect(button().disabled).toBe(true);
    expect(
      screen.getByRole('button', {
        name: 'Confirm order',
        description:
          'Available once this window has been in front for a second, so a stray click cannot confirm.',
      }),
    ).toBeTruthy();
    await pass(ARM_DELAY_MS - 200);
    await user.click(button());
    expect(onConfirm).not.toHaveBeenCalled();
    await pass(200);
    expect(button().disabled).toBe(false);
    expect(button().getAttribute('aria-describedby')).toBeNull();
    await user.click(button());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('starts the second again when the window loses focus', async () => {
    const { button } = renderButton();
    await pass(ARM_DELAY_MS - 100);
    focused = false;
    act(() => window.dispatchEvent(new Event('blur')));
    await pass(500);
    focused = true;
    act(() => window.dispatchEvent(new Event('focus')));
    await pass(ARM_DELAY_MS - 100);
    expect(button().disabled).toBe(true);
    await pass(100);
    expect(button().disabled).toBe(false);
  });

  it('turns unusable again on blur, once armed', async () => {
    const { button } = renderButton();
    await pass(ARM_DELAY_MS);
    expect(button().disabled).toBe(false);
    focused = false;
    act(() => window.dispatchEvent(new Event('blur')));
    expect(button().disabled).toBe(true);
  });

  it('never arms in a window without focus, or while the window is hidden', async () => {
    focused = false;
    const { button } = renderButton();
    await pass(ARM_DELAY_MS * 3);
    expect(button().disabled).toBe(true);
    focused = true;
    visibility = 'hidden';
    act(() => window.dispatchEvent(new Event('focus')));
    await pass(ARM_DELAY_MS * 3);
    expect(button().disabled).toBe(true);
    visibility = 'visible';
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    await pass(ARM_DELAY_MS);
    expect(button().disabled).toBe(false);
  });

  it('hidden mid-wait: the wait starts again', async () => {
    const { button } = renderButton();
    await pass(ARM_DELAY_MS - 100);
    visibility = 'hidden';
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    visibility = 'visible';
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    await pass(ARM_DELAY_MS - 100);
    expect(button().disabled).toBe(true);
    await pass(100);
    expect(button().disabled).toBe(false);
  });

  it('stays disabled, without the waiting note, when its window says it cannot be used', async () => {
    const { button } = renderButton({ disabled: true });
    await pass(ARM_DELAY_MS * 2);
    expect(button().disabled).toBe(true);
    expect(screen.queryByText(/Available once/)).toBeNull();
  });
});
