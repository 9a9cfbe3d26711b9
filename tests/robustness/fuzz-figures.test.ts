// Seeded property tests over the general quantity reader (src/extract/figures.ts and its parts): whatever the
// sentence, no exception, spans inside it, finite values, ranges that ascend, known units, the same answer twice;
// and scanning work that grows linearly with a sentence built to make patterns backtrack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFigureScanner, findFigures } from '../../src/extract/figures.js';
import { readNumberAt } from '../../src/extract/wordNumbers.js';
import { shippedKnowledge } from '../helpers/knowledge.js';
import { sentenceText } from './arbitraries.js';
import { checkProperty } from './helpers.js';

const knowledge = shippedKnowledge();
const scanner = buildFigureScanner(knowledge.units);
const unitIds = new Set(['count', ...knowledge.units.map((u) => u.id)]);
const RUNS = 1200;

const pick = (...xs: string[]) => fc.constantFrom(...xs);
/** Figures of every kind the reader knows, run together with the words around them. */
const FIGURE_SOUP = fc
  .array(
    fc.oneof(
      pick('$', 'US$', '€', '£', 'Rs', 'Rs.', '₹', 'HK$', 'RMB', 'TRY', '3.2', '40', '1,200', '3-4', '4 to 5', 'bn', 'm', 'k', ' billion', ' crore', ' lakh'),
      pick('a', 'an', 'half', 'one', 'two', 'forty-three', 'hundred', 'and', 'twenty', 'dozen', 'dozens', 'hundreds', 'tens', 'thousands', 'of', 'few', 'several'),
      pick('a fifth', 'two-thirds', 'half of', 'one in four', 'out of', 'in', '10', 'of the', 'per', 'a gallon', 'per capita', 'a day', 'a week earlier', '/month'),
      pick('aged', 'between', 'and', 'year-old', 'years old', ', 72,', 'in her 60s', 'who is', 'turned', 'Maria Lopez', 'Terminal', 'Boeing 737-800', 'F-16'),
      pick('people', 'homes', 'percent', '%', 'per cent', 'km', 'square km', 'litres', 'hours', 'yuan', 'euros', 'head of cattle', 'residents', 'this'),
      pick(' ', ' ', '  ', '-', '–', ',', '.', '(', ')', '\u00a0'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

describe('the general quantity reader on any sentence', () => {
  it('finds well-formed quantities, the same twice', () => {
    checkProperty(
      fc.property(fc.oneof(sentenceText(), FIGURE_SOUP), (s) => {
        const found = findFigures(s, scanner);
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(Number.isFinite(f.raw.number.value) && f.raw.number.value >= 0, JSON.stringify(f)).toBe(true);
          if (f.raw.high) expect(f.raw.high.value).toBeGreaterThan(f.raw.number.value);
          const [head] = f.raw.unit.split('/');
          expect(unitIds.has(head), f.raw.unit).toBe(true);
          expect(f.open).toMatch(/^open\.[a-z0-9-]+(?:\.[\p{L}\d'’-]+)?$/u);
        }
        findFigures(`${s} $3 billion, two dozen homes`, scanner);
        expect(findFigures(s, scanner)).toEqual(found);
      }),
      RUNS,
    );
  });

  it('reads a figure that ends after where it begins', () => {
    checkProperty(
      fc.property(FIGURE_SOUP, fc.nat(), (s, n) => {
        const at = s.length ? n % s.length : 0;
        const read = readNumberAt(s, at);
        if (read) {
          expect(read.end).toBeGreaterThan(at);
          expect(Number.isFinite(read.number.value)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

/** Characters regexes pass over while `fn` runs (a sticky regex costs its match): see adversarial.test.ts. */
function regexWork(fn: () => void): number {
  const exec = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    work += this.sticky ? (m ? m[0].length : 1) : m ? m.index + m[0].length - from : String(input).length - from;
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}

describe('scanning work of the general reader grows linearly', () => {
  it.each([
    ['sums and ranges', '$3-4 billion to $'],
    ['vague plurals', 'hundreds of tens of dozens of '],
    ['words', 'one hundred and twenty two dozen half a '],
    ['shares', 'one in four out of a fifth of the '],
    ['ages', 'Maria Lopez, 72, aged 9 and 11 in her 60s '],
    ['rates', '4 a gallon per capita / '],
    ['no spaces', '1-2-3,4,5.6$'],
  ])('%s', (_, unit) => {
    const work = (n: number) => regexWork(() => findFigures(unit.repeat(n), scanner));
    const [w1, w2, w4] = [work(200), work(400), work(800)];
    expect((w4 - w2) / Math.max(2 * (w2 - w1), 1)).toBeLessThan(1.3);
  });
});
