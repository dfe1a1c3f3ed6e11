// Issue 10 §3: after Confirm the screens follow at once. The order service tells `onChange` about
// every submission change of a PO, and an ordered PO's badges say "ordered" with the order number.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import { DEMO_SKUS, orderWorld, PO_ID } from './world';

beforeEach(freshDb);

describe('the order service announces changes', () => {
  it('tells onChange about the PO at each step of a submission', async () => {
    const changed: number[] = [];
    const service = orderWorld()
      .browser()
      .start({ onChange: (poId) => void changed.push(poId) });
    await service.submit({ poId: PO_ID, allowBackorder: true });
    // intent, submitting, accepted, written back: at least the first and the last.
    expect(changed.length).toBeGreaterThanOrEqual(3);
    expect(new Set(changed)).toEqual(new Set([PO_ID]));
  });

  it('a check alone announces nothing', async () => {
    const changed: number[] = [];
    const service = orderWorld()
      .browser()
      .start({ onChange: (poId) => void changed.push(poId) });
    await service.check(PO_ID);
    expect(changed).toEqual([]);
  });

  it('the badges of an ordered PO say ordered, with the order number', async () => {
    const service = orderWorld().browser().start();
    await service.check(PO_ID);
    expect((await service.badges(PO_ID)).every((b) => b.order === undefined)).toBe(true);
    const view = await service.submit({ poId: PO_ID, allowBackorder: true });
    const badges = await service.badges(PO_ID);
    expect(badges.map((b) => b.sku)).toEqual(DEMO_SKUS);
    expect(badges.every((b) => b.order === 'ordered')).toBe(true);
    expect(badges.every((b) => b.orderNumber && view.orderNumbers.includes(b.orderNumber))).toBe(true);
  });
});
