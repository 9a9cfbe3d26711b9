import { findAges } from './ages.js';
import { pattern } from './caseless.js';
import { hedgeBefore, rateAfter, type FigureScanner, type FoundFigure, type RawQuantity } from './figureScanner.js';
import { findMoney } from './money.js';
import { hedgeOf, NUMBER_WORDS_LIST } from './numbers.js';
import { isCountedNoun, lemma } from './open.js';
import { findShares } from './shares.js';
import { readNumberAt, type ReadNumber } from './wordNumbers.js';

// The general quantity reader: every quantity with its unit, pack or not. Money, shares, ages and figures in
// words or digits with a unit or a counted noun, ranges of them ("200 to 300 homes", "two to three weeks") and
// rates ("three flights a day"). What it finds joins what the pack readers found in addFigures.ts.

export { buildFigureScanner, type FigureScanner } from './figureScanner.js';

// Where a figure may begin: digits or a number word, not inside a word, a code or a figure ("COVID-19", "F-16").
// Words and digit runs are walked with plain patterns (the caseless `pattern` form costs ~3x at every letter).
const TOKEN = /[0-9]+|[A-Za-z]+(?:-[A-Za-z]+)?/g;
const NOT_BEFORE = /[\p{L}\d.,:$€£¥₹₩₱/'’-]/u;
const STARTS = new Set(['half', 'tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', ...NUMBER_WORDS_LIST]);
// "a" and "an" begin a figure only before a scale word ("a dozen", "a hundred"); "half" also before "an hour".
const ARTICLE = new Set(['a', 'an', 'half']);
const SCALE_NEXT = /\s+(?:an?\s+)?(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore|hour|minute)/iy;
const RANGE_AT = pattern(String.raw`\s*(?:to|-|–|and)\s*`, 'iuy');
const WORD_AT = /\s+([\p{L}\d][\p{L}\d'’-]*)/uy;
// Names between a figure and its noun: "two F-16 jets", "five Boeing 737-800 aircraft".
const NAME = /^(?:\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)?|\d+-\d+)$/u;
const MODIFIER = /^[\p{Ll}]{3,15}$/u;

/** All quantities the general reader finds in one sentence. */
export function findFigures(sentence: string, scanner: FigureScanner): FoundFigure[] {
  if (!/\d|[a-z]/i.test(sentence)) return [];
  const out = [...findMoney(sentence, scanner), ...findShares(sentence), ...findAges(sentence)];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const code = m[0].charCodeAt(0);
    const word = code <= 57 ? m[0] : m[0].toLowerCase();
    if ((code > 57 && !STARTS.has(word) && !ARTICLE.has(word)) || (m.index > 0 && NOT_BEFORE.test(sentence[m.index - 1]))) continue;
    if (ARTICLE.has(word)) {
      SCALE_NEXT.lastIndex = m.index + m[0].length;
      if (!SCALE_NEXT.test(sentence)) continue;
    }
    const f = figureAt(sentence, m.index, scanner);
    if (f) out.push(f);
    if (f && f.end > TOKEN.lastIndex) TOKEN.lastIndex = f.end;
  }
  // One reading of the same words: the longest ("One in four residents", not also "four residents").
  const sorted = out.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((f, i) => !sorted.some((o, j) => j !== i && o.start <= f.start && f.end <= o.end && (o.end - o.start > f.end - f.start || j < i)));
}

/** [hedge] [between] N [to M] then a unit or a counted noun, then what a rate is per. */
function figureAt(sentence: string, at: number, scanner: FigureScanner): FoundFigure | undefined {
  const low = readNumberAt(sentence, at);
  if (!low || FEW_BEFORE.test(sentence.slice(Math.max(0, at - 12), at))) return undefined;
  // "between" decides the range; the hedge before it is read only for a figure found.
  const between = BETWEEN_BEFORE.test(sentence.slice(Math.max(0, at - 9), at));
  let end = low.end;
  let high: ReadNumber | undefined = low.high ? low : undefined;
  if (!low.vague) {
    RANGE_AT.lastIndex = end;
    const joint = RANGE_AT.exec(sentence);
    const other = joint && (between || !/and/i.test(joint[0])) ? readNumberAt(sentence, RANGE_AT.lastIndex) : undefined;
    if (other && !other.vague && other.number.value > low.number.value) {
      high = other;
      end = other.end;
    } else if (between) return undefined;
  }
  // "12,000+ acres", "500+ homes": a figure and more.
  const plus = !high && sentence[end] === '+' ? 1 : 0;
  end += plus;
  const number = low.number;
  const highNumber = high === low ? low.high : high?.number;
  const raw: RawQuantity = { type: 'quantity', number, unit: 'count', hedge: 'exact', ...(highNumber ? { high: highNumber } : {}) };
  const vague = low.vague ? { vague: true } : {};
  scanner.unitAt.lastIndex = end;
  const u = scanner.unitAt.exec(sentence);
  const unit = u && scanner.units.get(u[1].toLowerCase().replace(/\s+/g, ' '));
  if (u && unit) {
    // "1990s", "5G": a one-letter unit glued to a figure is a suffix; a figure outside a unit's range is no value of it.
    if (u[1].length === 1 && /\p{L}/u.test(u[1]) && !/\s/.test(u[0])) return undefined;
    if (unit.range && (number.value < unit.range[0] || number.value > unit.range[1])) return undefined;
    raw.unit = unit.id;
    end += u[0].length;
    const rate = rateAfter(sentence, end, raw, unit.dimension, scanner, unit.dimension.startsWith('money'));
    if (rate) raw.unit = rate.unit;
    return plusHedged(plus, hedged(sentence, at, { start: at, end: rate?.end ?? end, raw, open: `open.${rate?.dimension ?? unit.dimension}`, tag: 'figure', ...vague }));
  }
  const noun = nounAt(sentence, end);
  if (!noun || (!Number.isInteger(number.value) && !low.vague) || (number.value < 2 && !highNumber)) return undefined;
  const rate = rateAfter(sentence, noun.end, raw, 'count', scanner, false);
  if (rate) raw.unit = rate.unit;
  return plusHedged(plus, hedged(sentence, at, { start: at, end: rate?.end ?? noun.end, raw, open: `open.${rate?.dimension ?? 'count'}.${noun.noun}`, tag: 'figure', ...vague }));
}

/** "12,000+": at least the figure, whatever hedge stood before it. */
function plusHedged(plus: number, f: FoundFigure): FoundFigure {
  if (plus) f.raw.hedge = 'at-least';
  return f;
}

const BETWEEN_BEFORE = /between\s+$/i;

/** A figure's quote and value with the hedge and "between" before it taken in. */
function hedged(sentence: string, at: number, f: FoundFigure): FoundFigure {
  const before = hedgeBefore(sentence, at);
  f.raw.hedge = hedgeOf(before.hedge);
  return { ...f, start: before.start };
}

/** The counted noun after a figure: a plural, after at most two names and one plain word ("two F-16 jets", "a dozen fire engines"). */
function nounAt(sentence: string, from: number): { noun: string; end: number } | undefined {
  let at = from;
  let names = 0;
  let modifier = false;
  // "1,900 search and rescue personnel": two describing words joined by "and", once.
  let joined: 'no' | 'and' | 'done' = 'no';
  for (;;) {
    WORD_AT.lastIndex = at;
    const w = WORD_AT.exec(sentence);
    if (!w) return undefined;
    const word = w[1];
    if (isCountedNoun(word) && !/^\p{Lu}/u.test(word)) return joined === 'and' ? undefined : { noun: lemma(word), end: at + w[0].length };
    if (NAME.test(word) && !modifier && names < 2) names++;
    else if (MODIFIER.test(word) && (!modifier || joined === 'and') && !isCountedNoun(word) && !NOT_MODIFIER.has(word)) {
      if (joined === 'and') joined = 'done';
      modifier = true;
    } else if (word === 'and' && modifier && joined === 'no') joined = 'and';
    else return undefined;
    at += w[0].length;
  }
}

// Words that end a count's noun phrase: "20 were killed", "3 of the", "two to three".
const NOT_MODIFIER = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'than', 'per', 'the', 'who', 'that',
  'which', 'said', 'had', 'have', 'has', 'were', 'was', 'are', 'is', 'been', 'more', 'other', 'such', 'into', 'after', 'before', 'since',
  'last', 'this', 'next', 'each', 'every', 'times', 'time', 'year', 'years', 'month', 'months', 'day', 'days', 'ago', 'old']);

// "a few dozen", "several hundred": no figure says how many (read, "dozen" would be twelve).
export const FEW_BEFORE = /\b(?:few|several|many)\s+$/i;
