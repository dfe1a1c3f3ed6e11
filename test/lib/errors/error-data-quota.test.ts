import { describe, expect, it } from 'vitest';
import { hintFor } from '../../../lib/hints/hints';
import { plainErrorData } from '../../../lib/errors/error-data';

describe('plainErrorData and a full disk', () => {
  it('turns an unguarded QuotaExceededError (as Dexie nests it) into the storage-full error', () => {
    const dexieAbort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
    const data = plainErrorData(dexieAbort);
    expect(data).toMatchObject({ kind: 'storage', service: 'extension', code: 'quota-exceeded' });
    expect(hintFor(data).id).toBe('storage-full');
  });

  it('still reduces any other foreign error to its name', () => {
    expect(plainErrorData(new TypeError('secret=abc'))).toMatchObject({ kind: 'server', code: 'internal' });
  });
});
