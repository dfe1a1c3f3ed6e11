// Confirmation buttons. ConfirmButton: a destructive button that asks first, inline (no
// window.confirm: keyboard- and screen-reader-friendly, and testable). WindowConfirmButton: the
// button that confirms a write in an extension window (Confirm order, and every write confirmation
// after it, issue 11 §1) — usable only once the window has been in front for ARM_DELAY_MS.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useWindowAttention } from './window-attention';

interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void | Promise<void>;
  disabled?: boolean;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className="row">
      <span>{question}</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}

interface WindowConfirmButtonProps {
  children: ReactNode;
  onConfirm(): void;
  /** Unusable for a reason of the caller's (shown by the caller). */
  disabled?: boolean;
}

export function WindowConfirmButton({ children, onConfirm, disabled = false }: WindowConfirmButtonProps) {
  const armed = useWindowAttention();
  const noteId = useId();
  const waiting = !armed && !disabled;
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={disabled || !armed}
        aria-describedby={waiting ? noteId : undefined}
        onClick={() => {
          if (armed && !disabled) onConfirm();
        }}
      >
        {children}
      </button>
      {waiting ? (
        <span id={noteId} className="muted">
          Available once this window has been in front for a second, so a stray click cannot confirm.
        </span>
      ) : null}
    </>
  );
}
