import { expect } from 'vitest';
import { ingestAll } from '../../src/ingest/index.js';
import type { Article, BlockKind, IsoDay } from '../../src/model/types.js';
import { toOriginal } from '../../src/util/offsets.js';

export function ingestOne(path: string, content: string, asOf?: IsoDay): Article {
  return ingestAll([{ path, content }], { asOf })[0];
}

/** The original text a [start, end) span of Article.text maps back to (the contract's formula). */
export function originalOf(a: Article, start: number, end: number): string {
  return a.original.slice(toOriginal(a.origin, start), toOriginal(a.origin, end - 1) + 1);
}

const LETTER_RUN = /\p{L}+/gu;

/**
 * The offset-map contract for every maximal run of letters in the text. `markup` lists the chars
 * whose presence in the original stretch means the run crossed markup (where the contract is not owed).
 */
export function expectLetterRunsRoundTrip(a: Article, markup?: RegExp): void {
  for (const m of a.text.matchAll(LETTER_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const original = originalOf(a, start, end);
    if (original === m[0]) continue;
    if (markup && markup.test(original)) continue;
    expect({ run: m[0], at: start, original }).toEqual({ run: m[0], at: start, original: m[0] });
  }
}

/** Every letter of the text maps onto the same letter in the original, or onto the `&` of its entity. */
export function expectLettersMapToThemselves(a: Article): void {
  for (const m of a.text.matchAll(LETTER_RUN)) {
    for (let t = m.index; t < m.index + m[0].length; t++) {
      const o = a.original[toOriginal(a.origin, t)];
      if (o !== a.text[t] && o !== '&') expect({ t, text: a.text[t], original: o }).toBeUndefined();
    }
  }
}

/** Blocks in order, inside the text, not overlapping, not empty. */
export function expectWellFormedBlocks(a: Article): void {
  let previousEnd = 0;
  for (const b of a.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(a.text.length);
    previousEnd = b.end;
  }
}

/** The kind of the block whose text contains `needle`. */
export function kindOf(a: Article, needle: string): BlockKind | undefined {
  const at = a.text.indexOf(needle);
  if (at === -1) throw new Error(`not in text: ${needle}`);
  return a.blocks.find((b) => b.start <= at && at < b.end)?.kind;
}

/** [kind, text] for each block: readable in test failures. */
export function blockList(a: Article): Array<[BlockKind, string]> {
  return a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);
}

/** The OffsetMap contract: text starts rise strictly from 0, original starts never fall, both the same length. */
export function expectMonotonicMap(a: Article): void {
  const { textStarts, origStarts } = a.origin;
  expect(textStarts.length).toBe(origStarts.length);
  expect(textStarts[0]).toBe(0);
  for (let k = 1; k < textStarts.length; k++) {
    if (textStarts[k] <= textStarts[k - 1] || origStarts[k] < origStarts[k - 1]) {
      expect({ k, textStarts: textStarts.slice(k - 1, k + 1), origStarts: origStarts.slice(k - 1, k + 1) }).toBeUndefined();
    }
  }
}
