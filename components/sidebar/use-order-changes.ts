// Follows the background's change signals (lib/settings/changes.ts) for one purchase order: after
// Confirm in the review window the sidebar updates at once, without polling or a reload (issue 10 §3).
import { useEffect, useRef } from 'react';
import { watchChanges } from '../../lib/settings/changes';

export function useOrderChanges(poId: number, onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(
    () =>
      watchChanges((signal) => {
        if (signal.topic === 'order' && signal.poId === poId) latest.current();
      }),
    [poId],
  );
}
