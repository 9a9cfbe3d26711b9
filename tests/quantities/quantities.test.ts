// The quantity set in CI: the extractor reads every sentence of tests/quantities/sentences.txt, and value+unit
// precision and recall must reach BOUND (0.90 each, issue 15). The figures and every miss are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatQuantityScore, parseQuantitySet, scoreQuantities, type MarkedQuantity } from '../../src/eval/index.js';
import { extractCandidates, prepareExtractor } from '../../src/extract/index.js';
import { ingestAll } from '../../src/ingest/index.js';
import { ROOT, shippedKnowledge } from '../helpers/knowledge.js';

// Issue 15: value+unit precision and recall of at least 0.90 each. Before the general quantity reader: 0.779 and 0.294.
const BOUND = { precision: 0.9, recall: 0.9 };
const knowledge = shippedKnowledge();
const ex = prepareExtractor(knowledge);
// Identifiers (flight numbers) are read as figures to be compared exactly, but they are no quantity.
const identifiers = new Set(knowledge.units.filter((u) => u.exact).map((u) => u.id));

/** The quantities the extractor finds in one sentence, read as a one-line article. */
function readQuantities(sentence: string): MarkedQuantity[] {
  const [article] = ingestAll([{ path: 'sentence.txt', content: sentence }], {});
  const out: MarkedQuantity[] = [];
  for (const c of extractCandidates(article, ex)) {
    if (c.raw.type !== 'quantity' || identifiers.has(c.raw.unit)) continue;
    const { number, high } = c.raw;
    out.push({ start: c.span.start, end: c.span.end, text: c.span.text, value: number.value, ...(high ? { high: high.value } : {}), unit: unitOf(c.kind, c.raw.unit, c.span.text) });
  }
  return out;
}

// A pack's count quotes its noun and what befell it ("12 people were killed"): the noun is the first plural.
const PLURAL = /^(?:\p{L}+[^s]s|people|crew|men|women|children|police|staff|personnel|cattle|aircraft)$/u;

/** "count" is told by its noun: an open count's kind names it ("open.count.home"), a pack's count quotes it. */
function unitOf(kind: string, unit: string, quote: string): string {
  const [head, ...per] = unit.split('/');
  if (head !== 'count') return unit;
  const noun = kind.startsWith('open.count.') ? kind.split('.')[2] : quote.toLowerCase().match(/\p{L}[\p{L}-]*/gu)?.find((w) => PLURAL.test(w));
  return [noun ? `count:${noun}` : 'count', ...per].join('/');
}

describe('the quantity set', () => {
  const cases = parseQuantitySet(readFileSync(join(ROOT, 'tests', 'quantities', 'sentences.txt'), 'utf8'));

  it('holds at least 150 sentences across every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['money', 'percent', 'ranges', 'words', 'compound', 'ages', 'counts', 'not quantities']));
  });

  it(`is read with value+unit precision of at least ${BOUND.precision} and recall of at least ${BOUND.recall}`, () => {
    const score = scoreQuantities(cases, readQuantities);
    console.log(formatQuantityScore(score));
    expect.soft(score.precision).toBeGreaterThanOrEqual(BOUND.precision);
    expect(score.recall).toBeGreaterThanOrEqual(BOUND.recall);
  });
});
