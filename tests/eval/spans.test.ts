// Span-strict matching (score-gold.mjs --strict): a reported value counts for a gold value only where the two
// quotes overlap in the source; the old text matching stays behind `loose`.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figureLine, parseGold, quoteMatches, scoreReport, SourceSpans, type ScoredValue } from '../../src/eval/index.js';
import { HAVE_SHARED, removeTemps, runScoreGold, tempTree, warnIfNoShared } from './helpers.js';

afterAll(removeTemps);
warnIfNoShared('scoring the span cases with score-gold.mjs');

const ARTICLE = [
  'Flight 7C2216 crashed at 9:03 a.m. on Sunday.', // line 1
  'At least 179 people died; rescuers counted two survivors.', // line 2
  'Police listed 179 names by 179 homes.', // line 3
].join('\n');
const TEXTS = new Map([['a', ARTICLE]]);

/** The quote at its true place: the first `text` on a 1-based `line`. */
function placed(text: string, line: number): ScoredValue {
  const column = ARTICLE.split('\n')[line - 1].indexOf(text) + 1;
  if (column === 0) throw new Error(`fixture: "${text}" is not on line ${line}`);
  return { source: 'a', text, line, column };
}

describe('SourceSpans', () => {
  const spans = new SourceSpans(TEXTS);

  it('turns a 1-based line and column into an offset, a missing column being 1', () => {
    expect(spans.offsetOf('a', 1, 1)).toBe(0);
    expect(spans.offsetOf('a', 2, 10)).toBe(ARTICLE.indexOf('179'));
    expect(spans.offsetOf('a', 3, undefined)).toBe(ARTICLE.indexOf('Police'));
  });

  it('knows no place for an unknown source, a missing line or a line past the end', () => {
    expect(spans.offsetOf('zz', 1, 1)).toBe(-1);
    expect(spans.offsetOf('a', undefined, 1)).toBe(-1);
    expect(spans.offsetOf('a', 0, 1)).toBe(-1);
    expect(spans.offsetOf('a', 4, 1)).toBe(-1);
  });

  it('finds every place of a gold text, overlapping ones too', () => {
    const at = (s: string, from = 0) => ARTICLE.indexOf(s, from);
    expect(spans.placesOf('a', '179')).toEqual([
      [at('179'), at('179') + 3],
      [at('179 names'), at('179 names') + 3],
      [at('179 homes'), at('179 homes') + 3],
    ]);
    expect(new SourceSpans(new Map([['x', 'aaa']])).placesOf('x', 'aa')).toEqual([[0, 2], [1, 3]]);
    expect(spans.placesOf('zz', '179')).toEqual([]);
  });
});

describe('quoteMatches, span-strict', () => {
  const spans = new SourceSpans(TEXTS);
  const strict = (gold: string, quote: ScoredValue) => quoteMatches('a', gold, quote, spans);
  const loose = (gold: string, quote: ScoredValue) => quoteMatches('a', gold, quote);

  it('does not count the same number quoted elsewhere in the source (text matching does)', () => {
    const elsewhere = placed('179 names', 3);
    expect(strict('179 people died', elsewhere)).toBe(false);
    expect(loose('179 people died', elsewhere)).toBe(true);
  });

  it('counts a quote that overlaps the gold text though the texts share no number or word (text matching does not)', () => {
    const overlapping = placed('counted two', 2);
    expect(strict('two survivors', overlapping)).toBe(true);
    expect(loose('two survivors', overlapping)).toBe(false);
  });

  it('counts an overlap of one character, not quotes that only touch', () => {
    expect(strict('179 people died', placed('At least 1', 2))).toBe(true);
    expect(strict('179 people died', placed('At least ', 2))).toBe(false);
  });

  it('counts the quote at any place the gold text stands', () => {
    expect(strict('179', placed('179 homes', 3))).toBe(true);
  });

  it('falls back to text matching where position cannot decide', () => {
    // No line: no place for the quote.
    expect(strict('179 people died', { source: 'a', text: '179 names' })).toBe(true);
    // A line past the end.
    expect(strict('179 people died', { source: 'a', text: '179 names', line: 9, column: 1 })).toBe(true);
    // The gold text stands nowhere in the source (not verbatim).
    expect(strict('179  people died', placed('179 names', 3))).toBe(true);
    expect(strict('Sunday morning', placed('179 names', 3))).toBe(false);
  });

  it('never counts an empty or blank quote, wherever it is placed', () => {
    expect(strict('179 people died', { source: 'a', text: ' ', line: 2, column: 10 })).toBe(false);
    expect(strict('179 people died', { source: 'a', text: '', line: 2, column: 10 })).toBe(false);
  });
});

const GOLD = `claims:
  - key: deaths
    verdict: single-source
    values:
      - { source: a, text: "179 people died" }
  - key: survivors
    verdict: single-source
    values:
      - { source: a, text: "two survivors" }
  - key: flight
    verdict: single-source
    values:
      - { source: a, text: "Flight 7C2216" }
  - key: time
    verdict: single-source
    values:
      - { source: a, text: "9:03  a.m." }
  - key: day
    verdict: single-source
    values:
      - { source: a, text: "on Sunday" }
`;
// deaths: quoted only from the police list; survivors: by an overlapping quote; flight: with no line (text
// decides); time: the gold text is not verbatim (two spaces), so text decides; day: a blank quote over it.
const REPORT = {
  sources: [{ id: 's1', path: 'articles/a.txt' }],
  findings: [
    { claim: 'deaths', verdict: 'single-source', values: [{ ...placed('179 names', 3), source: 's1' }] },
    { claim: 'survivors', verdict: 'single-source', values: [{ ...placed('counted two', 2), source: 's1' }] },
    { claim: 'flight', verdict: 'single-source', values: [{ source: 's1', text: '7C2216' }] },
    { claim: 'time', verdict: 'single-source', values: [{ ...placed('at 9:03 a.m.', 1), source: 's1' }] },
    { claim: 'day', verdict: 'single-source', values: [{ source: 's1', text: '  ', line: 1, column: 36 }] },
  ],
};

describe('scoreReport matches by span unless told loose', () => {
  const gold = parseGold(GOLD, 'gold.yaml');

  it('by default, span-strict', () => {
    const score = scoreReport(gold, REPORT, TEXTS);
    expect([score.found, score.wanted]).toEqual([3, 5]);
    expect(score.misses.recall).toEqual(['deaths@a: "179 people died"', 'day@a: "on Sunday"']);
  });

  it('with loose, by text', () => {
    const score = scoreReport(gold, REPORT, TEXTS, { loose: true });
    expect([score.found, score.wanted]).toEqual([3, 5]);
    expect(score.misses.recall).toEqual(['survivors@a: "two survivors"', 'day@a: "on Sunday"']);
  });

  it.skipIf(!HAVE_SHARED).each([
    [{}, ['--strict']],
    [{ loose: true }, []],
  ])('as score-gold.mjs scores it: %o', (options, args) => {
    const dir = tempTree({ 'gold.yaml': GOLD, 'report.json': JSON.stringify(REPORT), 'articles/a.txt': ARTICLE });
    const ran = runScoreGold(join(dir, 'gold.yaml'), join(dir, 'report.json'), join(dir, 'articles'), args);
    expect(ran.stderr).toBe('');
    const score = scoreReport(gold, REPORT, TEXTS, options);
    expect(ran.stdout).toContain(score.misses.recall.map((m) => `missed      ${m}\n`).join(''));
    expect(ran.stdout.trimEnd().split('\n').at(-1)).toBe(figureLine(score));
  });
});
