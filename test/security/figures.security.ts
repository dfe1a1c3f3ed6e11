import { describe, expect, it } from 'vitest';
import { figureProblems, formatFigure } from './figures';

describe('the printed figures', () => {
  const figure = {
    label: 'Forged messages',
    counts: { tried: 150, 'got through': 1 },
    mustBeZero: ['got through'],
    minimums: { tried: 200 },
  };

  it('fail the run when a must-be-zero count is not 0 or a corpus is below its minimum', () => {
    expect(figureProblems(figure)).toEqual([
      'Forged messages: got through = 1',
      'Forged messages: tried = 150, expected ≥ 200',
    ]);
    expect(formatFigure(figure)).toMatch(/^✗ Forged messages\s+tried 150 · got through 1$/);
  });

  it('pass when every count is as required', () => {
    const ok = { ...figure, counts: { tried: 250, 'got through': 0 } };
    expect(figureProblems(ok)).toEqual([]);
    expect(formatFigure(ok)).toMatch(/^✓ /);
  });
});
