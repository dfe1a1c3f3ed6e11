// One connected session shared by the tests of a file (or of the describe the call sits in): started
// in `before`, closed in `after`, so each file pays for one sandbox and one Chromium. The returned
// holder is filled once `before` has run — tests read `world.session` inside their bodies, never
// destructure it when the file loads.
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { startConnected, startConnectedSession } from './session';
import type { Session } from './session';

function sessionForTests<T extends { session: Session }>(start: () => Promise<T>): Readonly<T> {
  const world = {} as T;
  before(async () => {
    Object.assign(world, await start());
  });
  after(async () => {
    await world.session?.close();
  });
  return world;
}

/** Both demo accounts connected; the options page that connected them is closed. */
export function connectedSessionForTests(): { readonly session: Session } {
  return sessionForTests(async () => ({ session: await startConnectedSession() }));
}

/** Both demo accounts connected; `options` stays open for the tests' messages and settings. */
export function connectedSessionAndOptionsForTests(): { readonly session: Session; readonly options: Page } {
  return sessionForTests(startConnected);
}
