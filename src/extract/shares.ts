import { hedgeBefore, type FoundFigure } from './figureScanner.js';
import { hedgeOf, parseStatedNumber } from './numbers.js';
import { pattern } from './caseless.js';

// Shares told in words, as percentages: "a fifth of", "two-thirds of", "half of", "one in four residents",
// "three out of four", "nine in 10". A fraction counts only before "of" (or "the"): "a third time" is an ordinal.

const PARTS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};
const SMALL = 'a|an|one|two|three|four|five|six|seven|eight|nine';
const PART = Object.keys(PARTS).join('|');
// "two-thirds of", "a fifth of", "half of", "half the"; not a part of one thing ("a quarter of an hour", "three-tenths
// of a unit"), though of one's possession it is ("a third of a town's homes").
const FRACTION = pattern(String.raw`(?<![\p{L}\d-])(?:(${SMALL})[\s-])?(${PART})(?=\s+(?:of\s+(?!an?\s+[\p{L}-]+[\s,.;:)])|the\s))`, 'giu');
// "one in four", "three out of four", "9 in 10", with the counted noun when one follows.
const ONE_IN = pattern(String.raw`(?<![\p{L}\d-])(${SMALL}|\d{1,2})\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,4})(?![\p{L}\d,.-]*\d)(\s+[\p{Ll}]+s\b)?`, 'giu');

export function findShares(sentence: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  FRACTION.lastIndex = 0;
  // Cheap tests first: most sentences name no fraction and no "one in four".
  if (/half|third|quarter|fourth|fifth|sixth|eighth|tenth/i.test(sentence))
    for (let m = FRACTION.exec(sentence); m; m = FRACTION.exec(sentence)) {
    const [text, count, part] = m;
    const parts = PARTS[part.toLowerCase()];
    // "half of" alone is one half; "two-thirds" must say how many.
    const n = count ? parseStatedNumber(/^an?$/i.test(count) ? 'one' : count)?.value : part.toLowerCase() === 'half' ? 1 : undefined;
    if (!n || n >= parts) continue;
    out.push(share(sentence, m.index, m.index + text.length, (100 * n) / parts));
  }
  ONE_IN.lastIndex = 0;
  if (/\s(?:in|out\s+of)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)/i.test(sentence))
    for (let m = ONE_IN.exec(sentence); m; m = ONE_IN.exec(sentence)) {
    const [text, part, whole] = m;
    const n = parseStatedNumber(/^an?$/i.test(part) ? 'one' : part)?.value;
    const of = parseStatedNumber(whole)?.value;
    if (!n || !of || n >= of || of > 1000) continue;
    out.push(share(sentence, m.index, m.index + text.length, (100 * n) / of));
  }
  return out;
}

function share(sentence: string, at: number, end: number, percent: number): FoundFigure {
  const before = hedgeBefore(sentence, at);
  // A third is 33.33 percent to the hundredth, which is as precise as the words are.
  const value = Math.round(percent * 100) / 100;
  return {
    start: before.start,
    end,
    raw: { type: 'quantity', number: { value, rounding: 0.005 }, unit: 'percent', hedge: hedgeOf(before.hedge) },
    open: 'open.share',
    tag: 'share',
  };
}
