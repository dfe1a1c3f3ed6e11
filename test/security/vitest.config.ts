// The security vitest files (`*.security.ts`) run only through `npm run test:security`
// (test/security/run.ts), not in `npm run test:unit`: the main config's include pattern does not
// match them, so nothing runs twice in `npm test`. (Spread, not mergeConfig: that would append to
// the main include list instead of replacing it.)
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/security/**/*.security.ts'],
    testTimeout: 120_000,
  },
});
