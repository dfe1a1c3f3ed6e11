// Autotask's 3 request slots per entity are shared by our reads and writes, and the HTTP policy
// serves them first come, first served. The update pass's ProductVendors reads form a chain (each
// page's cursor is the last id of the one before), so while that chain runs, writes to that entity
// (`chained`) may hold only `whileReading` slots and the chain never waits behind a queue of
// writes; once the reads are done, writes get every slot.
import type { AutotaskClient } from '../autotask/types';
import { createLimiter } from '../http/limiter';

export function readsFirst(
  client: AutotaskClient,
  chained: string,
  whileReading: number,
  slots: number,
): { client: AutotaskClient; readsDone(): void } {
  let reading = true;
  const writes = createLimiter((entity) => (reading && entity === chained ? whileReading : slots));
  return {
    client: {
      ...client,
      create: (entity, body, parent, signal) =>
        writes.run(entity, () => client.create(entity, body, parent, signal)),
      update: (entity, patch, parent, signal) =>
        writes.run(entity, () => client.update(entity, patch, parent, signal)),
    },
    readsDone() {
      reading = false;
      writes.refresh();
    },
  };
}
