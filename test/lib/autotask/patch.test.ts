import { describe, expect, it } from 'vitest';
import { patchFor } from '../../../lib/autotask/patch';

describe('patchFor', () => {
  const current = { id: 7, unitCost: 10.1, name: 'Cable', memo: null as string | null };

  it('keeps the id and only the fields that changed', () => {
    expect(patchFor(current, { unitCost: 12, name: 'Cable' })).toEqual({ id: 7, unitCost: 12 });
  });

  it('treats cent-level float noise and null/undefined as no change', () => {
    expect(patchFor(current, { unitCost: 10.1000000001, memo: undefined })).toBeUndefined();
  });
});
