// Issue 10 §4: a check that fails leaves no badges behind. The inline badges on the Autotask page
// showed "TD SYNNEX: OK" from the previous check while the sidebar said TD SYNNEX was unavailable.
import { beforeEach, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import { FIRST, orderWorld, PO_ID } from './world';

beforeEach(freshDb);

it('a failed check forgets the last check, so no stale badge says "OK"', async () => {
  const world = orderWorld();
  const service = world.browser().start();
  await service.check(PO_ID);
  expect(await service.badges(PO_ID)).not.toEqual([]);
  world.tdsynnex.faults.failNext(50, 503, 'price');
  await expect(service.check(PO_ID)).rejects.toMatchObject({ service: 'distributor', distributor: FIRST });
  expect(await service.badges(PO_ID)).toEqual([]);
});
