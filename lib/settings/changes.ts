// "What the screens show has changed" (issue 10 §3): after Confirm the sidebar, the popup and the
// page's inline badges must follow at once, without polling or a reload. The background announces a
// change through chrome.storage.local; its change event reaches every extension page and the content
// script with no new permission and without knowing tab ids. The signal carries no data — only what
// kind of thing changed, and which PO — so listeners ask the background for the rest, as before.
import { defineSetting } from '../host/settings';
import { DISTRIBUTORS } from '../distributor/registry';
import { distributorConnection } from './settings';

export interface ChangeSignal {
  topic: 'order' | 'connection';
  /** The purchase order whose submission changed (topic 'order'). */
  poId?: number;
  /** Makes two signals for the same PO differ, so storage reports both. */
  at: number;
  seq: number;
}

const signalItem = defineSetting<ChangeSignal | null>('signal.changed', { fallback: null });
let seq = 0;

/** Background only: a submission of `poId` moved (intent, submitting, accepted, written back…). */
export async function announceOrderChanged(poId: number, now: number = Date.now()): Promise<void> {
  seq += 1;
  await signalItem.setValue({ topic: 'order', poId, at: now, seq });
}

/**
 * Calls `onChange` for every announced order change and whenever a distributor's connection changes
 * (Connect, Disconnect, credentials rejected). Returns the function that stops listening.
 */
export function watchChanges(onChange: (signal: Pick<ChangeSignal, 'topic' | 'poId'>) => void): () => void {
  const stopOrders = signalItem.watch((signal) => {
    if (signal)
      onChange({ topic: signal.topic, ...(signal.poId !== undefined ? { poId: signal.poId } : {}) });
  });
  const stopConnections = DISTRIBUTORS.map(({ id }) =>
    distributorConnection(id).watch(() => onChange({ topic: 'connection' })),
  );
  return () => {
    stopOrders();
    for (const stop of stopConnections) stop();
  };
}
