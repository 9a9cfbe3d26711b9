// Seeded property tests over each extractor: whatever the sentence, no exception, spans inside it and non-empty,
// values in range, and the same answer twice (the scanners keep global regexes; state must not leak between calls).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeOf, subjectOf } from '../../src/extract/attributes.js';
import { findCounts } from '../../src/extract/counts.js';
import { findDates } from '../../src/util/dates/inText.js';
import { prepareExtractor, splitSentences } from '../../src/extract/index.js';
import { findQuantities } from '../../src/extract/quantities.js';
import { findTimes } from '../../src/extract/times.js';
import { ingestOne } from '../../src/ingest/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';
import { articleText, sentenceText } from './arbitraries.js';
import { checkProperty } from './helpers.js';

const knowledge = shippedKnowledge();
const ex = prepareExtractor(knowledge);
const unitIds = new Set(knowledge.units.map((u) => u.id));
const kindKeys = new Set(knowledge.kinds.map((k) => k.key));
const HEDGES = new Set(['approximately', 'more-than', 'at-least', 'less-than', 'at-most', 'nearly', 'exact']);
const RUNS = 1600;

/** Spans within the sentence, non-empty, with integer bounds. */
function expectSpans(sentence: string, found: { start: number; end: number }[]): void {
  for (const f of found) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), JSON.stringify(f)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(sentence.length);
  }
}

/** The same result for the same sentence, also after a call on other text in between. */
function expectStable<T>(find: (s: string) => T, sentence: string, first: T): void {
  find(`${sentence} 900 km on Monday at noon`);
  expect(find(sentence)).toEqual(first);
}

const number = (n: { value: number; rounding: number }) => {
  expect(Number.isFinite(n.value) && n.value >= 0, `value ${n.value}`).toBe(true);
  expect(Number.isFinite(n.rounding) && n.rounding >= 0, `rounding ${n.rounding}`).toBe(true);
};

describe('extractors on any sentence', () => {
  it('findQuantities', () => {
    const find = (s: string) => findQuantities(s, ex.quantities);
    checkProperty(
      fc.property(sentenceText(), (s) => {
        const found = find(s);
        expectSpans(s, found);
        for (const q of found) {
          number(q.raw.number);
          if (q.raw.high) number(q.raw.high);
          expect(unitIds.has(q.raw.unit), q.raw.unit).toBe(true);
          expect(HEDGES.has(q.raw.hedge), q.raw.hedge).toBe(true);
        }
        expectStable(find, s, found);
      }),
      RUNS,
    );
  });

  it('attributeOf and subjectOf', () => {
    checkProperty(
      fc.property(sentenceText(), fc.nat(), fc.nat(), (s, a, b) => {
        const [start, end] = [Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1)];
        const subject = subjectOf(s);
        if (subject !== undefined) expect(subject).toMatch(/^\p{Ll}{3,}$/u);
        const found = attributeOf(s, start, end, subject, undefined);
        if (found) {
          expect(found.thing).toMatch(/^\p{Ll}{3,}$/u);
          expect(['length', 'height', 'depth', 'width', 'thickness']).toContain(found.measure);
        }
        expect(attributeOf(s, start, end, subject, undefined)).toEqual(found);
      }),
      RUNS,
    );
  });

  it('findDates', () => {
    checkProperty(
      fc.property(sentenceText(), (s) => {
        const found = findDates(s);
        expectSpans(s, found);
        for (const { raw } of found) {
          if (raw.month !== undefined) expect(raw.month >= 1 && raw.month <= 12, `month ${raw.month}`).toBe(true);
          if (raw.day !== undefined) expect(raw.day >= 1 && raw.day <= 31, `day ${raw.day}`).toBe(true);
          if (raw.weekday !== undefined) expect(raw.weekday >= 0 && raw.weekday <= 6, `weekday ${raw.weekday}`).toBe(true);
          if (raw.daysAgo !== undefined) expect(Number.isInteger(raw.daysAgo) && raw.daysAgo >= 0).toBe(true);
        }
        expectStable(findDates, s, found);
      }),
      RUNS,
    );
  });

  // An impossible ISO date would outrank any overlapping find in dropOverlaps, so it must not be read as a date.
  it('findDates: an impossible ISO date is not a date', () => {
    for (const s of ['on 2026-13-45', 'on 2026-00-10', 'on 2026-02-00']) expect(findDates(s), s).toEqual([]);
  });

  it('findTimes', () => {
    checkProperty(
      fc.property(sentenceText(), (s) => {
        const found = findTimes(s);
        expectSpans(s, found);
        for (const { raw } of found) expect(Number.isInteger(raw.minutes) && raw.minutes >= 0 && raw.minutes < 24 * 60, `minutes ${raw.minutes}`).toBe(true);
        expectStable(findTimes, s, found);
      }),
      RUNS,
    );
  });

  it('findCounts', () => {
    const find = (s: string) => findCounts(s, ex.counts);
    checkProperty(
      fc.property(sentenceText(), (s) => {
        const found = find(s);
        expectSpans(s, found);
        for (const c of found) {
          expect(kindKeys.has(c.kind), c.kind).toBe(true);
          number(c.raw.number);
        }
        expectStable(find, s, found);
      }),
      RUNS,
    );
  });

  it('PhraseIndex.find (places, fuzzy; categories, plurals)', () => {
    checkProperty(
      fc.property(sentenceText(), (s) => {
        for (const index of [ex.places, ex.categories] as const) {
          const hits = index.find(s);
          expectSpans(s, hits);
          // In text order, never overlapping, each starting and ending on a letter or digit.
          for (let i = 1; i < hits.length; i++) expect(hits[i].start).toBeGreaterThanOrEqual(hits[i - 1].end);
          for (const h of hits) expect(s.slice(h.start, h.end), JSON.stringify(h)).toMatch(/^[\p{L}\p{N}](?:[\s\S]*[\p{L}\p{N}])?$/u);
          expectStable((t) => index.find(t), s, hits);
        }
      }),
      RUNS,
    );
  });

  it('splitSentences (over ingested articles of every format)', () => {
    checkProperty(
      fc.property(articleText(), fc.constantFrom('a.txt', 'a.md', 'a.html'), (content, path) => {
        const article = ingestOne({ path, content }, 'a', undefined);
        const sentences = splitSentences(article);
        let previousEnd = 0;
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(article.text.slice(s.start, s.end));
          expect(s.text).toBe(s.text.trim());
          const block = article.blocks[s.blockIndex];
          expect(s.start >= block.start && s.end <= block.end, `sentence ${i} outside its block`).toBe(true);
          previousEnd = s.end;
        });
        expect(splitSentences(article)).toEqual(sentences);
      }),
      RUNS,
    );
  });
});
