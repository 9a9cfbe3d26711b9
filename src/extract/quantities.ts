import type { Hedge, RawValue, StatedNumber, Unit } from '../model/types.js';
import { DIGITS, HEDGE, NUMBER_WORD, SCALE, hedgeOf, parseStatedNumber } from './numbers.js';
import { pattern, literal } from './caseless.js';

export interface FoundQuantity {
  start: number;
  end: number;
  dimension: string;
  /** The unit's factor to its dimension's base unit (metres for a length). */
  factor: number;
  raw: Extract<RawValue, { type: 'quantity' }>;
}


/** Compiled patterns for one unit table. */
export interface QuantityScanner {
  pattern: RegExp;
  alternate: RegExp;
  /** Units named before the figure ("magnitude 7.1"); undefined when no unit is. */
  prefixed?: RegExp;
  units: Map<string, Unit>;
  before: Map<string, Unit>;
}

export function buildQuantityScanner(units: Unit[]): QuantityScanner {
  const byName = new Map<string, Unit>();
  for (const u of units) if (!u.denominator) for (const n of u.names) byName.set(n.toLowerCase(), u);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => literal(n, true));
  if (names.length === 0) names.push('(?!)');
  const unit = `(${names.join('|')})(?![\\p{L}\\d])`;
  const number = `(${DIGITS}|${NUMBER_WORD})`;
  // [hedge] [between] N [to|-|and N] [million] unit — every part a fixed alternation, so the scan is linear.
  const core = String.raw`(?:(${HEDGE})\s+)?(between\s+)?${number}(?:\s*(?:to|-|–|and)\s*(${DIGITS}))?(?:\s+(${SCALE}))?[\s-]?${unit}`;
  const before = new Map<string, Unit>();
  for (const u of units) for (const n of u.before ?? []) before.set(n.toLowerCase(), u);
  const beforeNames = [...before.keys()].sort((a, b) => b.length - a.length).map((n) => literal(n, true));
  return {
    prefixed: beforeNames.length
      ? pattern(
          String.raw`(?<![\p{L}\d])(?:(${HEDGE})\s+)?(${beforeNames.join('|')})(?:\s+(?:of|is|was)\s+|[\s-])(?:(${HEDGE})\s+)?((?:[A-Za-z][A-Za-z\d]|\d[A-Za-z])\s?)?(${DIGITS})(?![\d,]*[\p{L}\d])`,
          'giu',
        )
      : undefined,
    before,
    pattern: pattern(String.raw`(?<![\p{L}\d.,])${core}`, 'giu'),
    alternate: pattern(String.raw`^\s*\(\s*(?:(${HEDGE})\s+)?(${DIGITS})(?:\s*(?:to|-|–)\s*(${DIGITS}))?[\s-]?${unit}\s*\)`, 'iu'),
    units: byName,
  };
}

/** Figures with units in one sentence, with any parenthetical conversion folded into the same mention. */
// Cheap pre-scan: a figure needs a digit or a number word.
const FIGURE_HINT = new RegExp(String.raw`\d|\b${NUMBER_WORD}\b`, 'i');

export function findQuantities(sentence: string, scanner: QuantityScanner): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  if (!FIGURE_HINT.test(sentence)) return out;
  const { pattern } = scanner;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const [text, hedgeWord, between, low, high, scale, unitName] = m;
    const unit = scanner.units.get(unitName.toLowerCase().replace(/\s+/g, ' '));
    const number = parseStatedNumber(low, scale);
    if (!unit || !number || (between && !high)) continue;
    // A one-letter unit glued to its figure (not "%") is more often a plural or a suffix ("1990s") than a unit;
    // a unit glued to a number word never is one ("dozens" is no dozen seconds).
    if (unitName.length === 1 && /\p{L}/u.test(unitName) && /\d$/.test(text.slice(0, -1))) continue;
    if (/^\p{L}/u.test(unitName) && /\p{L}$/u.test(text.slice(0, -unitName.length))) continue;
    const highNumber = high ? parseStatedNumber(high, scale) : undefined;
    let end = m.index + text.length;
    const raw: FoundQuantity['raw'] = { type: 'quantity', number, unit: unit.id, hedge: hedgeOf(hedgeWord) };
    if (highNumber) raw.high = highNumber;
    const alt = scanner.alternate.exec(sentence.slice(end));
    if (alt) {
      const altUnit = scanner.units.get(alt[4].toLowerCase().replace(/\s+/g, ' '));
      const altNumber = parseStatedNumber(alt[2]);
      if (altUnit && altNumber && altUnit.dimension === unit.dimension) {
        raw.alternate = { number: altNumber, unit: altUnit.id, hedge: alt[1] ? hedgeOf(alt[1]) : raw.hedge };
        end += alt[0].length;
        pattern.lastIndex = end;
      }
    }
    if (plausible(unit, number.value)) out.push({ start: m.index, end, dimension: unit.dimension, factor: unit.factor, raw });
  }
  return [...out, ...findPrefixed(sentence, scanner)].sort((a, b) => a.start - b.start);
}

const plausible = (unit: Unit, value: number) => !unit.range || (value >= unit.range[0] && value <= unit.range[1]);

/** "magnitude 7.1", "a magnitude-6.8 quake", "magnitude of about 7". */
function findPrefixed(sentence: string, scanner: QuantityScanner): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  if (!scanner.prefixed) return out;
  scanner.prefixed.lastIndex = 0;
  for (let m = scanner.prefixed.exec(sentence); m; m = scanner.prefixed.exec(sentence)) {
    const [text, hedgeBefore, name, hedgeAfter, code, digits] = m;
    const unit = scanner.before.get(name.toLowerCase().replace(/\s+/g, ' '));
    // Only an identifier may carry a code between its name and its figure ("Flight IW 2417"), in capitals;
    // and an identifier takes no hedge and no "of" ("a flight of around 840 seconds" is a duration).
    if (code && (!unit?.exact || !/^[A-Z\d]{2}\s?$/.test(code) || /^\d+$/.test(code.trim()))) continue;
    if (unit?.exact && (hedgeBefore || hedgeAfter || /\sof\s/i.test(text))) continue;
    const stated = parseStatedNumber(digits);
    const number = stated && unit?.exact ? { value: stated.value, rounding: 0.5 } : stated;
    if (!unit || !number || !plausible(unit, number.value)) continue;
    out.push({ start: m.index, end: m.index + text.length, dimension: unit.dimension, factor: unit.factor, raw: { type: 'quantity', number, unit: unit.id, hedge: hedgeOf(hedgeAfter ?? hedgeBefore) } });
  }
  return out;
}

export type { Hedge, StatedNumber };
