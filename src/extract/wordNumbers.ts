import type { StatedNumber } from '../model/types.js';
import { DIGITS, NUMBER_WORD, SCALE, parseStatedNumber } from './numbers.js';
import { pattern } from './caseless.js';

// Figures told in words or digits, one at a given place: "2.5 million", "forty-three", "one hundred and twenty",
// "two dozen", "half a million", and the vague plurals ("hundreds of", "tens of thousands of"), read as the span
// they name. Read forward from a place by sticky patterns: each a fixed alternation, so the reading is linear.

export interface ReadNumber {
  end: number;
  number: StatedNumber;
  /** The upper end of what a vague plural names ("hundreds of": 200 to 999). */
  high?: StatedNumber;
  vague?: boolean;
}

/** What a vague plural names: "hundreds of" is 200 to 999 (two hundreds at least, fewer than a thousand). */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 132],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2e6, 999e6],
  'tens of millions': [2e7, 99e6],
  'hundreds of millions': [2e8, 999e6],
  billions: [2e9, 999e9],
};
const VAGUE_AT = pattern(String.raw`(tens\s+of\s+(?:thousands|millions)|hundreds\s+of\s+(?:thousands|millions)|dozens|hundreds|thousands|millions|billions)\s+of(?=\s)`, 'iuy');
// "forty-three", "two hundred and twenty", "a dozen", "half a million", "2.5 million".
const WORDS_AT = pattern(
  String.raw`(?:(${DIGITS})|(half\s+an?|an?)|(${NUMBER_WORD}))(?:\s+(hundred)(?:\s+and\s+(${NUMBER_WORD}))?|\s+(${SCALE}))?(?:\s+(${SCALE}))?(?![\p{L}\d])`,
  'iuy',
);

/** The figure that begins at `at`, if one does. */
export function readNumberAt(text: string, at: number): ReadNumber | undefined {
  VAGUE_AT.lastIndex = at;
  const vague = VAGUE_AT.exec(text);
  if (vague) {
    const [low, high] = VAGUE[vague[1].toLowerCase().replace(/\s+/g, ' ')];
    return { end: at + vague[0].length, number: { value: low, rounding: 0.5 }, high: { value: high, rounding: 0.5 }, vague: true };
  }
  WORDS_AT.lastIndex = at;
  const m = WORDS_AT.exec(text);
  if (!m) return undefined;
  const [whole, digits, article, word, hundred, and, scale, outer] = m;
  const inner = hundred ?? scale;
  // "a" and "half a" are figures only before a scale word ("a dozen", "half a million"), or "half an hour".
  if (article && !inner) return /^half/i.test(article) ? { end: at + whole.length, number: { value: 0.5, rounding: 0.05 } } : undefined;
  let number = parseStatedNumber(digits ?? (article ? 'one' : word), inner);
  if (!number) return undefined;
  if (article && /^half/i.test(article)) number = { value: number.value / 2, rounding: number.rounding / 2 };
  if (and) {
    const rest = parseStatedNumber(and);
    if (!rest || rest.value >= 100) return undefined;
    number = { value: number.value + rest.value, rounding: 0.5 };
  }
  if (outer) {
    // "two hundred thousand", not "a million million".
    if (inner && outer.toLowerCase() === inner.toLowerCase()) return undefined;
    const factor = parseStatedNumber('1', outer)?.value ?? 1;
    number = { value: number.value * factor, rounding: number.rounding * factor };
  }
  return { end: at + whole.length, number };
}
