import type { RawValue } from '../model/types.js';
import { DIGITS, HEDGE, NUMBER_WORD, SCALE, hedgeOf, parseStatedNumber } from './numbers.js';
import { pattern } from './caseless.js';

// Open claims: figures no claim pack names ("the plane ran 300 metres past the runway", "184 people
// on board"). They are kept with the words around them, which say what they measure, and compared
// only with compatible figures of the same measure: an open claim is never called a conflict.


const STOP = new Set(
  ('a an the of and or to in on at by for from with than as per about around approximately some nearly almost more ' +
    'over under up least most its their his her it they he she we was were is are be been has have had that this these those ' +
    'which who when while after before into onto off out also just only still said says according there then than some ' +
    'km mi miles kilometres kilometers metres meters feet foot ft mph knots kt hours hour minutes minute seconds per cent percent')
    .split(' '),
);
const CONTEXT_REACH = 45;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Content words within reach of [start, end) in the same clause, lower case and crudely singular. */
export function contextWords(sentence: string, start: number, end: number): string[] {
  const before = sentence.slice(Math.max(0, start - CONTEXT_REACH), start).split(/[;:()"“”]/).pop() ?? '';
  const after = sentence.slice(end, end + CONTEXT_REACH).split(/[,;:()"“”.]/)[0] ?? '';
  const words = `${before} ${after}`.match(WORD) ?? [];
  return [...new Set(words.map(lemma).filter((w) => w.length > 2 && !STOP.has(w)))].sort();
}

export function lemma(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 4 || !w.endsWith('s') || w.endsWith('ss')) return w;
  // "casualties" → "casualty", "volcanoes" → "volcano", "launches" → "launch"; else the plain -s.
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:[^aeiou]oes|ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

// A figure and the noun it counts: "184 people", "eleven were hospitalised" has none and is left out.
const COUNT = pattern(
  String.raw`(?<![\p{L}\d.,:$€£¥/-])(?:(${HEDGE})\s+)?(${DIGITS}|${NUMBER_WORD})(?:\s+(${SCALE}))?\s+(?:(?:more|other|further|additional|new)\s+)?([a-z][a-z-]{2,20})\b`,
  'giu',
);
// Words after a figure that are not the thing counted.
const NOT_COUNTED = new Set([
  'per', 'percent', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'a.m', 'p.m', 'am', 'pm', 'times', 'time', 'years', 'year',
  'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'second', 'dollars',
  'euros', 'yen', 'rupees', 'pounds', 'million', 'billion', 'thousand', 'crore', 'lakh', 'degrees', 'points', 'the', 'was', 'were',
  'is', 'are', 'had', 'has', 'for', 'from', 'with', 'by', 'than', 'as', 'after', 'before', 'since',
  // Words ending in "s" that no figure counts: "12,000 crore this year".
  'this', 'his', 'its', 'thus', 'plus', 'us', 'yes', 'across', 'less', 'unless', 'whereas', 'perhaps', 'always', 'sometimes',
]);

const PLURAL = /[^s]s$/i;
const PLURAL_WORDS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'crew', 'personnel', 'cattle', 'aircraft', 'livestock', 'sheep', 'fish']);

/** A plural noun a figure may count ("homes", "people"); not a verb or a unit word ("were", "percent"). */
export const isCountedNoun = (word: string) =>
  !NOT_COUNTED.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word) && (PLURAL.test(word) || PLURAL_WORDS.has(word.toLowerCase()));

export interface FoundOpenCount {
  start: number;
  end: number;
  noun: string;
  raw: Extract<RawValue, { type: 'quantity' }>;
}

/** Figures followed by a counted noun, whatever the noun: "184 people", "more than 40 aftershocks". */
export function findOpenCounts(sentence: string): FoundOpenCount[] {
  const out: FoundOpenCount[] = [];
  if (!/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\b/i.test(sentence)) return out;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(sentence); m; m = COUNT.exec(sentence)) {
    const [text, hedgeWord, digits, scale, noun] = m;
    // Upper-case words after a figure are zones and codes ("0342 GMT"), not things counted.
    if (/^an?$/i.test(digits) || NOT_COUNTED.has(noun.toLowerCase()) || /^\p{Lu}{2,}$/u.test(noun)) continue;
    if (/^(?:19|20)\d\d$/.test(digits)) continue; // a year
    const number = parseStatedNumber(digits, scale);
    if (!number || !Number.isInteger(number.value)) continue;
    // Counted things are plural ("184 people", "300 homes"); a singular word after a figure above one
    // is something else ("2 thing", "1 deserve"), and a count of one is seldom worth checking.
    if (number.value < 2 || !(PLURAL.test(noun) || PLURAL_WORDS.has(noun.toLowerCase()))) continue;
    out.push({ start: m.index, end: m.index + text.length, noun: lemma(noun), raw: { type: 'quantity', number, unit: 'count', hedge: hedgeOf(hedgeWord) } });
  }
  const fact = factBoxCount(sentence);
  if (fact && !out.some((o) => o.start < fact.end && fact.start < o.end)) out.push(fact);
  return out;
}

// A fact box's line that counts a plural noun: "Homes destroyed: 37", "- Structures lost: 41+".
const FACT_COUNT = /^(\s*(?:[-*•]\s*)?)(\p{Lu}\p{Ll}+)(?:\s\p{Ll}+){0,2}:\s*(\d[\d,]*)(\+?)(?![\d.,]*\d|\s*(?:%|\p{L}))/u;

/** The count a fact box's line gives a plural noun ("Homes destroyed: 37"), quoted from the label on. */
function factBoxCount(sentence: string): FoundOpenCount | undefined {
  const m = FACT_COUNT.exec(sentence);
  if (!m) return undefined;
  const [text, lead, noun, digits, plus] = m;
  const number = parseStatedNumber(digits);
  if (!number || number.value < 2 || !(PLURAL.test(noun) || PLURAL_WORDS.has(noun.toLowerCase())) || NOT_COUNTED.has(noun.toLowerCase())) return undefined;
  return { start: lead.length, end: text.length, noun: lemma(noun), raw: { type: 'quantity', number, unit: 'count', hedge: plus ? 'at-least' : 'exact' } };
}
