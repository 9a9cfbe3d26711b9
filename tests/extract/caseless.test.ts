import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseless, pattern } from '../../src/extract/caseless.js';
import { DIGITS, HEDGE, NUMBER_WORD, SCALE } from '../../src/extract/numbers.js';
import { NEWS_TOKENS } from '../robustness/arbitraries.js';

// caseless() rewrites a pattern so that, compiled without `i`, it matches what the original matches with `i`.
// Checked on the shapes our extractors build (hedged figures, named groups, letter ranges, cue phrases) against
// news-like text in random letter case, with the letters Unicode case folding adds (Kelvin sign, long s).
const SOURCES: [string, string][] = [
  [String.raw`(?<![\p{L}\d.,])(?:(${HEDGE})\s+)?(between\s+)?(${DIGITS}|${NUMBER_WORD})(?:\s+(${SCALE}))?[\s-]?(km|kilometers|miles|mi|m)(?![\p{L}\d])`, 'giu'],
  [String.raw`(?<![\p{L}\d])(?<tail>death\s+toll\s+rose\s+to|killing)\s+(?:(${HEDGE})\s+)?(${DIGITS}|${NUMBER_WORD})(?![\p{L}\d,.]*\d)`, 'giud'],
  [String.raw`(?<![\p{L}\d.,:$€£¥/-])(${DIGITS}|${NUMBER_WORD})\s+(?:(?:more|other)\s+)?([a-z][a-z-]{2,20})\b`, 'giu'],
  [String.raw`(?<![\p{L}\d])(magnitude)[\s-]((?:[A-Za-z][A-Za-z\d]|\d[A-Za-z])\s?)?(${DIGITS})(?![\d,]*[\p{L}\d])`, 'giu'],
  [String.raw`(?<![\p{L}\d])(?:fell\s+into|launched\s+from|flew|se[aA]|[^a-e\s]ff)(?![\p{L}\d])`, 'giu'],
  [String.raw`^\s*\(\s*(?:(${HEDGE})\s+)?(${DIGITS})[\s-]?(km|mi|éclat)\s*\)`, 'iu'],
];

const CASE_TOKENS = ['\u212A', '\u017F', 'K', 'S', 'É', 'é', 'Ω', 'ω', 'Sea', 'SEA', 'kM', 'Km', 'KILLING', 'Death Toll', 'off', 'OFF', 'Ff'];
const recase = (s: string, mode: number) =>
  [s, s.toUpperCase(), s.replace(/^./, (c) => c.toUpperCase()), s.replace(/k/g, '\u212A').replace(/s/g, '\u017F')][mode];
const text = fc
  .array(fc.tuple(fc.constantFrom(...NEWS_TOKENS, ...CASE_TOKENS), fc.integer({ min: 0, max: 3 }), fc.constantFrom(' ', '', ' ', '-')), { maxLength: 30 })
  .map((parts) => parts.map(([t, mode, sep]) => recase(t, mode) + sep).join(''));

const matches = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, ...m]);

describe('caseless patterns', () => {
  it.each(SOURCES)('match what the i flag matches: %s', (source, flags) => {
    const original = new RegExp(source, flags);
    const rewritten = pattern(source, flags);
    expect(rewritten.flags).not.toContain('i');
    fc.assert(
      fc.property(text, (s) => {
        expect(matches(rewritten, s)).toEqual(matches(original, s));
      }),
      { numRuns: 400 },
    );
  });

  it('keep escapes, group names, quantifiers and classes without letters as written', () => {
    expect(caseless(String.raw`(?<tail>)\p{L}\d{1,3}[^.;:!?"“”]{0,80}?\s\u00e9\k<tail>`)).toBe(String.raw`(?<tail>)\p{L}\d{1,3}[^.;:!?"“”]{0,80}?\s\u00e9\k<tail>`);
  });

  it('write each letter in its cases, and give classes their other cases', () => {
    expect(caseless('km')).toBe('[kK\u212A][mM]');
    expect(caseless('[a-c-]')).toBe('[A-Ca-c-]');
    expect(caseless('[-p]')).toBe('[-Pp]');
    expect(pattern('km', 'gu').flags).toBe('gu');
  });
});
