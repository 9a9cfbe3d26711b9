// Figures written without their unit that a phrase around them places in one ("The USGS put it at 6.4", "6.5 on the
// CWA's scale"): only a figure with one decimal, and only where a unit's `bare` phrase says so. Such a figure is kept
// only when a kind takes it (never as an open claim): without its unit, nothing else says what it measures.
import type { Unit } from '../model/types.js';
import { pattern, literal } from './caseless.js';
import { parseStatedNumber } from './numbers.js';
import type { FoundQuantity } from './quantities.js';

// One to three words for "...": word characters and spaces alternate, so the scan stays linear.
const SOME_WORDS = String.raw`(?:[\p{L}\p{N}'’.-]+\s+){0,2}[\p{L}\p{N}'’.-]+`;
// A figure with one decimal, not part of a longer number, a date or a time.
const FIGURE = String.raw`(?<![\p{L}\d.,:/-])(\d\.\d)(?![\d.,]*\d)`;
// Where a phrase ends at the figure, the sentence or its clause goes on with no unit: "put it at 6.4."
const NO_UNIT_AFTER = String.raw`(?=\s*(?:[.,;:)]|$|and\b|but\b|while\b|by\b|on\b))`;

const part = (words: string) => words.trim().split(' ').map((w) => (w === '...' ? SOME_WORDS : literal(w))).join(String.raw`\s+`);

export interface BareScanner {
  pattern?: RegExp;
  /** The unit of each alternative, in the order of the pattern's figure groups. */
  units: Unit[];
}

export function buildBareScanner(units: Unit[]): BareScanner {
  const alternatives: string[] = [];
  const byGroup: Unit[] = [];
  for (const unit of units)
    for (const phrase of unit.bare ?? []) {
      const [before, after] = phrase.split('#');
      const head = before.trim() ? `(?<![\\p{L}\\d])${part(before)}\\s+` : '';
      const tail = after.trim() ? String.raw`\s+${part(after)}(?![\p{L}\d])` : NO_UNIT_AFTER;
      alternatives.push(`${head}${FIGURE}${tail}`);
      byGroup.push(unit);
    }
  return alternatives.length ? { pattern: pattern(alternatives.map((a) => `(?:${a})`).join('|'), 'giu'), units: byGroup } : { units: [] };
}

/** The bare figures of one sentence; the quote is the phrase with its figure ("put it at 6.4"). */
export function findBare(sentence: string, scanner: BareScanner): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  if (!scanner.pattern || !/\d\.\d/.test(sentence)) return out;
  scanner.pattern.lastIndex = 0;
  for (let m = scanner.pattern.exec(sentence); m; m = scanner.pattern.exec(sentence)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const unit = scanner.units[group];
    const number = parseStatedNumber(m[group + 1]);
    if (!unit || !number || (unit.range && (number.value < unit.range[0] || number.value > unit.range[1]))) continue;
    // "6.4 by the USGS.": the sentence's full stop is not the quote's.
    const quote = m[0].replace(/[.,]+$/, '');
    out.push({ start: m.index, end: m.index + quote.length, dimension: unit.dimension, factor: unit.factor, raw: { type: 'quantity', number, unit: unit.id, hedge: 'exact' } });
  }
  return out;
}
