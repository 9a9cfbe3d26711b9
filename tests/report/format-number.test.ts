import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatRounded } from '../../src/util/formatNumber.js';

// formatRounded replaces Intl.NumberFormat so a run need not load ICU's number data: it must write what ICU writes.
const icu = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: true });

describe('formatRounded', () => {
  it.each<[number, number, string]>([
    [1102.4, 0, '1,102'],
    [0.15, 1, '0.2'],
    [0.05, 1, '0.1'],
    [9.96, 1, '10'],
    [999.5, 0, '1,000'],
    [-0.04, 1, '-0'],
    [2.5e-7, 6, '0'],
    [5e-7, 6, '0.000001'],
    [1e21, 1, '1,000,000,000,000,000,000,000'],
    [1234567.25, 2, '1,234,567.25'],
  ])('%s with %i decimals is %s', (value, digits, expected) => {
    expect(formatRounded(value, digits)).toBe(expected);
    expect(icu(digits).format(value)).toBe(expected);
  });

  it('writes what Intl.NumberFormat en-US writes, for any finite number and 0-3 decimals', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 99_999 }).map((n) => n / 20),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 3 }), (v, digits) => {
        expect(formatRounded(v, digits)).toBe(icu(digits).format(v));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatNumber', () => {
  it('keeps every digit and groups thousands', () => {
    expect(formatNumber(12345.75)).toBe('12,345.75');
    expect(formatNumber(-1100)).toBe('-1,100');
    expect(formatNumber(1e21)).toBe('1e+21');
  });
});
