// The browser's optional host permissions, faked: WXT's fake browser leaves `permissions` unimplemented.
// `answer` is what the person clicks in the prompt; `requests` records every prompt asked for.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeAccess {
  granted: Set<string>;
  requests: string[][];
  removed: string[][];
  answer: boolean;
}

export function installFakeAccess(answer = true): FakeAccess {
  const access: FakeAccess = { granted: new Set(), requests: [], removed: [], answer };
  const origins = (p: { origins?: string[] }) => p.origins ?? [];
  Object.assign(fakeBrowser.permissions, {
    async request(p: { origins?: string[] }) {
      access.requests.push(origins(p));
      if (access.answer) for (const o of origins(p)) access.granted.add(o);
      return access.answer;
    },
    async contains(p: { origins?: string[] }) {
      return origins(p).every((o) => access.granted.has(o));
    },
    async remove(p: { origins?: string[] }) {
      access.removed.push(origins(p));
      for (const o of origins(p)) access.granted.delete(o);
      return true;
    },
  });
  return access;
}
