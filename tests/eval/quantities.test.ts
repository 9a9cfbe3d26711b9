import { describe, expect, it } from 'vitest';
import { parseQuantitySet, sameUnit, scoreQuantities, type MarkedQuantity } from '../../src/eval/index.js';

describe('quantity set marks', () => {
  it('reads marks, ranges and headings', () => {
    const [c] = parseQuantitySet('## money\nIt cost {about $3.2 billion|3.2e9 USD} and {3-4 km|3..4 km}.');
    expect(c).toEqual({
      line: 2,
      kind: 'money',
      text: 'It cost about $3.2 billion and 3-4 km.',
      expected: [
        { start: 8, end: 26, text: 'about $3.2 billion', value: 3.2e9, unit: 'USD' },
        { start: 31, end: 37, text: '3-4 km', value: 3, high: 4, unit: 'km' },
      ],
    });
  });

  it.each([['It cost {$3|three dollars}.'], ['It cost {$3 USD.'], ['It cost {|3 USD}.']])('refuses %s', (line) => {
    expect(() => parseQuantitySet(line)).toThrow(/line 1/);
  });

  it.each([
    ['count:homes', 'count:home', true],
    ['count:buses', 'count:bus', true],
    ['count', 'count:people', true],
    ['count:homes/km2', 'count:home/km2', true],
    ['count:homes', 'count:people', false],
    ['USD', 'EUR', false],
    ['USD/gallon', 'USD', false],
  ])('%s and %s agree: %s', (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
  });
});

describe('scoring a reader', () => {
  const cases = parseQuantitySet('## a\nIt flew {900 km|900 km} in 2024.\nNone here in 2019.');
  const at = (text: string, s: string, value: number, unit: string): MarkedQuantity => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, value, unit });

  it('counts a find whose quote overlaps, value and unit agreeing', () => {
    const score = scoreQuantities(cases, (t) => (t.includes('900') ? [at(t, 'flew 900 km', 900, 'km')] : []));
    expect([score.precision, score.recall]).toEqual([1, 1]);
  });

  it('misses a wrong value or unit, and counts a year read as a figure as spurious', () => {
    const score = scoreQuantities(cases, (t) => (t.includes('900') ? [at(t, '900 km', 900, 'mi')] : [at(t, '2019', 2019, 'count')]));
    expect([score.precision, score.recall]).toEqual([0, 0]);
    expect(score.misses.map((m) => `${m.line} ${m.what}`)).toEqual(['2 missed', '2 spurious', '3 spurious']);
  });
});
