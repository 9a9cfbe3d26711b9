import type { Hedge, StatedNumber } from '../model/types.js';

// Digits with optional thousands separators and decimals: "1,100", "3.5", "12000". Linear: the
// comma group is fixed width.
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, a: 1, an: 1, single: 1,
};
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
// "forty-three" first, so that "forty" does not end the word early.
/** Every number word, "forty-three" included, lower case. */
export const NUMBER_WORDS_LIST = [...Object.keys(NUMBER_WORDS).filter((w) => w.length > 2), ...TENS.flatMap((t) => ONES.map((o) => `${t}-${o}`))];
export const NUMBER_WORD = `(?:(?:${TENS.join('|')})-(?:${ONES.join('|')})|${Object.keys(NUMBER_WORDS).filter((w) => w.length > 2).join('|')})`;

// Lakh and crore are how South Asian news counts (1 lakh = 100,000; 1 crore = 10 million).
// "two hundred", "two dozen": a number word times a scale word, as "2.5 million" is.
const SCALES: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, trillion: 1e12,
};
export const SCALE = `(?:${Object.keys(SCALES).join('|')})`;

/** Hedge phrases and what they do to a figure; the longest phrase wins. */
export const HEDGES: Record<string, Hedge> = {
  approximately: 'approximately', about: 'approximately', around: 'approximately', roughly: 'approximately',
  some: 'approximately', 'an estimated': 'approximately', estimated: 'approximately', 'close to': 'approximately',
  circa: 'approximately', 'nearly': 'nearly', almost: 'nearly', 'just under': 'nearly',
  'more than': 'more-than', over: 'more-than', 'upwards of': 'more-than', 'just over': 'more-than',
  'in excess of': 'more-than', 'at least': 'at-least', 'no fewer than': 'at-least', 'as many as': 'at-most',
  'as much as': 'at-most', 'up to': 'at-most', 'at most': 'at-most', 'less than': 'less-than',
  'fewer than': 'less-than', under: 'less-than', 'below': 'less-than',
};
export const HEDGE = `(?:${Object.keys(HEDGES).sort((a, b) => b.length - a.length).map((h) => h.replace(/ /g, '\\s+')).join('|')})`;

export function hedgeOf(phrase: string | undefined): Hedge {
  if (!phrase) return 'exact';
  return HEDGES[phrase.toLowerCase().replace(/\s+/g, ' ')] ?? 'exact';
}

/** Reads "1,100", "3.5", "twelve", "2.5 million" and the rounding its digits imply. */
export function parseStatedNumber(text: string, scaleWord?: string): StatedNumber | undefined {
  const t = text.toLowerCase().replace(/,/g, '');
  const scale = scaleWord ? SCALES[scaleWord.toLowerCase()] ?? 1 : 1;
  const [tens, ones] = t.split('-');
  if (ones !== undefined && TENS.includes(tens) && ONES.includes(ones)) return parseStatedNumber(String(NUMBER_WORDS[tens] + NUMBER_WORDS[ones]), scaleWord);
  if (t in NUMBER_WORDS) return { value: NUMBER_WORDS[t] * scale, rounding: scale === 1 ? 0.5 : scale / 2 };
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const value = Number(t) * scale;
  if (!Number.isFinite(value)) return undefined;
  return { value, rounding: roundingOf(t) * scale };
}

/**
 * Half the rounding step implied by the digits: "685" -> 0.5, "680" -> 5, "1,100" -> 50. Trailing
 * zeros of a round figure may be exact ("1,000 km"), so the step is capped at 5% of the figure.
 */
function roundingOf(digits: string): number {
  const dot = digits.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(digits.length - dot - 1);
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  if (zeros === digits.length) return 0.5;
  const step = 0.5 * 10 ** zeros;
  return Math.max(0.5, Math.min(step, 0.05 * Number(digits)));
}
