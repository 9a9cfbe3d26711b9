import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript
import { doubling } from '../../bench/report.mjs';

// The bench's doubling figure (a benchmark's arithmetic, tested like any: a wrong ratio would misreport a target).
const row = (articles: number, seconds: number, repeats?: number[]) => ({ articles, seconds, status: 'ok', ...(repeats ? { repeats } : {}) });

describe('the bench doubling ratio', () => {
  it('is t(2n) / t(n) for one pair, scaled to exactly twice the articles', () => {
    expect(doubling([row(1000, 3), row(10000, 30), row(20000, 63)]).ratio).toBeCloseTo(2.1);
    expect(doubling([row(10000, 30), row(19000, 57)]).ratio).toBeCloseTo((57 / 30) * (20000 / 19000));
  });

  it('is the median of alternating pairs when the pair was timed several times', () => {
    const d = doubling([row(10000, 30, [30, 32, 31]), row(20000, 70, [70, 64, 62])]);
    // Ratios 2.33, 2.00, 2.00: the median, not the first pair, and not the ratio of medians' neighbours.
    expect(d.ratio).toBeCloseTo(2);
    expect(d.text).toContain('median of 3 alternating pairs: 2.33×, 2.00×, 2.00×');
  });

  it('is a lower bound when the doubled size did not finish', () => {
    const d = doubling([row(10000, 30), { articles: 20000, seconds: 300, status: 'timeout' }]);
    expect(d.kind).toBe('lower bound');
    expect(d.ratio).toBe(10);
  });
});
