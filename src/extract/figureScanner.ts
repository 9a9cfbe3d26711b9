import type { RawValue, Recognizer, Unit } from '../model/types.js';
import { pattern, literal } from './caseless.js';
import { HEDGE } from './numbers.js';

// The unit table compiled for the general quantity reader (figures.ts): the units that may follow a figure,
// what a rate may be counted per, and the currency signs that stand before a figure.

export type RawQuantity = Extract<RawValue, { type: 'quantity' }>;

/** A quantity the general reader found, with the open-claim kind it falls back on. */
export interface FoundFigure {
  start: number;
  end: number;
  raw: RawQuantity;
  /** "open.money-usd", "open.count.home", "open.money-usd-per-volume". */
  open: string;
  tag: Recognizer;
  /** A vague plural ("hundreds of"): never taken by a pack's kind. */
  vague?: boolean;
}

export interface FigureScanner {
  /** Sticky: a unit right after a figure ("-year-old", " km", "%"). */
  unitAt: RegExp;
  units: Map<string, Unit>;
  /** Sticky: what a rate is counted per, after "per", "a", "an" or "/" ("a gallon", "per square km"). */
  perAt: RegExp;
  /** Sticky: any singular noun after "a" or "per", for money only ("$3 a loaf"). */
  perNounAt: RegExp;
  per: Map<string, Unit>;
  /** Currency signs before a figure, as written. */
  symbols: RegExp;
  bySymbol: Map<string, Unit>;
  byId: Map<string, Unit>;
}

const alternation = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).map((w) => literal(w, true)).join('|') || '(?!)';
// "a day after the quake", "€1.75 a week earlier": a time that places the figure, not what a rate is per.
const NOT_RATE_AFTER = String.raw`(?!\s+(?:ago|earlier|later|before|after|previously|since|from|or|and)\b)`;
// Words after "a" that are no denominator.
const NOT_PER = 'lot|bit|few|little|result|total|record|number|new|further|second|third|half|quarter|fifth|further|couple|range|rise|fall|drop|gain|loss|year-on-year';

export function buildFigureScanner(units: Unit[]): FigureScanner {
  const named = new Map<string, Unit>();
  const per = new Map<string, Unit>();
  const bySymbol = new Map<string, Unit>();
  for (const u of units) {
    for (const n of u.names) {
      per.set(n.toLowerCase(), u);
      if (!u.denominator && !u.exact) named.set(n.toLowerCase(), u);
    }
    for (const s of u.symbols ?? []) bySymbol.set(s, u);
  }
  return {
    unitAt: pattern(String.raw`[\s-]?(${alternation(named.keys())})(?![\p{L}\d])`, 'iuy'),
    units: named,
    perAt: pattern(String.raw`(?:\s+(?:a|an|per|each)\s+|\s?/\s?)(${alternation(per.keys())})(?![\p{L}\d])${NOT_RATE_AFTER}`, 'iuy'),
    perNounAt: pattern(String.raw`\s+(?:a|an|per)\s+(?!(?:${NOT_PER})\b)([a-z]{3,12})(?![\p{L}\d'’-])${NOT_RATE_AFTER}`, 'uy'),
    per,
    symbols: new RegExp(String.raw`(${[...bySymbol.keys()].sort((a, b) => b.length - a.length).map((w) => literal(w, true)).join('|') || '(?!)'})\s?(?=\d)`, 'gu'),
    bySymbol,
    byId: new Map(units.map((u) => [u.id, u])),
  };
}

/** A rate's denominator right after [, at): its end, the compound unit id and the open kind's measure. */
export function rateAfter(sentence: string, at: number, raw: RawQuantity, dimension: string, scanner: FigureScanner, money: boolean) {
  scanner.perAt.lastIndex = at;
  const m = scanner.perAt.exec(sentence);
  const unit = m && scanner.per.get(m[1].toLowerCase().replace(/\s+/g, ' '));
  if (m && unit) return { end: at + m[0].length, unit: `${raw.unit}/${unit.id}`, dimension: `${dimension}-per-${unit.dimension}` };
  if (!money) return undefined;
  scanner.perNounAt.lastIndex = at;
  const n = scanner.perNounAt.exec(sentence);
  return n ? { end: at + n[0].length, unit: `${raw.unit}/${n[1]}`, dimension: `${dimension}-per-${n[1]}` } : undefined;
}

// A hedge and "between" right before a figure: "more than $1 million", "between 80 and 100".
const HEDGE_BEFORE = pattern(String.raw`(?<![\p{L}])(?:(${HEDGE})\s+)?(between\s+)?$`, 'iu');

/** Where a figure's quote begins once a hedge or "between" before it is taken in, and what they were. */
export function hedgeBefore(sentence: string, start: number): { start: number; hedge?: string; between: boolean } {
  const from = Math.max(0, start - 30);
  const m = HEDGE_BEFORE.exec(sentence.slice(from, start));
  if (!m || !m[0]) return { start, between: false };
  return { start: from + m.index, ...(m[1] ? { hedge: m[1] } : {}), between: m[2] !== undefined };
}
