// Issue 11 §1: a write is confirmed only by a deliberate act in an extension window. A button armed
// by this hook becomes usable only after its window has been visible AND focused for ARM_DELAY_MS
// without a break, so a double-click that opens the window cannot land its second click on it.
import { useEffect, useState } from 'react';

/** ~1 s (issue 11 §1): longer than a double-click interval, short enough not to annoy. */
export const ARM_DELAY_MS = 1_000;

function attending(): boolean {
  return document.visibilityState === 'visible' && document.hasFocus();
}

/**
 * True once the window has been visible and focused for `delayMs` continuously since the caller
 * mounted; a blur or the window being hidden resets the wait.
 */
export function useWindowAttention(delayMs: number = ARM_DELAY_MS): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      clearTimeout(timer);
      timer = undefined;
      setArmed(false);
    };
    const check = () => {
      if (!attending()) return reset();
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        setArmed(attending());
      }, delayMs);
    };
    const onBlur = () => reset();
    check();
    window.addEventListener('focus', check);
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', check);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', check);
    };
  }, [delayMs]);
  return armed;
}
