import type { ClaimKind, RawValue, Recognizer } from '../model/types.js';
import { rateAfter, type FigureScanner, type RawQuantity } from './figureScanner.js';
import { FEW_BEFORE, findFigures } from './figures.js';

// What the general quantity reader found (figures.ts), joined with what the pack readers found: it never overrules
// them on the same words, it replaces only what it reads more of ("One hundred and twenty houses" over "twenty
// houses"), and a vague figure ("hundreds of") is left to open claims.

/** What addFigures takes and gives: the extractor's finds, by their shape. */
export interface Placed {
  start: number;
  end: number;
  raw: RawValue;
  tag: Recognizer;
  wants: string;
  accepts: (k: ClaimKind) => boolean;
  open?: string;
}

// A figure right after a capitalised word names something ("Terminal 2", "Windows 11 users", "Level 3 orders"),
// unless the word is one a sentence opens with ("Only 12 people", "About 300 homes").
const NAMED_BEFORE = /(?:^|[^\p{L}\d])(\p{Lu}[\p{L}]*\.?)\s+$/u;
const OPENERS = new Set(['the', 'only', 'just', 'another', 'all', 'those', 'these', 'its', 'their', 'some', 'about', 'nearly', 'almost', 'over',
  'roughly', 'around', 'under', 'at', 'by', 'in', 'on', 'of', 'from', 'with', 'to', 'and', 'but', 'for', 'since', 'after', 'before',
  'during', 'last', 'every', 'each', 'up', 'more', 'fewer', 'less', 'approximately', 'between', 'than', 'as', 'while']);

const named = (sentence: string, start: number) => {
  // Only a figure in digits names: a lead's quote ("rose to 163") begins with its words, after any name.
  if (!/^\d/.test(sentence.slice(start, start + 1))) return false;
  const m = NAMED_BEFORE.exec(sentence.slice(Math.max(0, start - 20), start));
  return m !== null && !OPENERS.has(m[1].toLowerCase());
};

const sameValue = (a: RawValue, b: RawQuantity) =>
  a.type === 'quantity' && a.unit === b.unit && a.number.value === b.number.value && a.high?.value === b.high?.value;
const isCount = (f: Placed) => f.raw.type === 'quantity' && f.raw.unit.split('/')[0] === 'count';
const none = () => false;

/**
 * The extractor's finds with the general reader's joined in: a rate completes a figure already found ("10 cm"
 * becomes "10 cm an hour"), a count after a name is dropped, and a figure the reader found is added where it
 * overlaps nothing, or replaces the finds it wholly covers and reads more of. Replacing a find a pack could take,
 * of its unit and not vague, it keeps that find's kinds ("Between 80 and 100 firefighters" over "100 firefighters").
 */
export function addFigures(sentence: string, found: Placed[], scanner: FigureScanner): Placed[] {
  let out = found.filter((f) => !(isCount(f) && named(sentence, f.start)) && !(f.raw.type === 'quantity' && FEW_BEFORE.test(sentence.slice(Math.max(0, f.start - 12), f.start))));
  for (const f of out) {
    if (f.raw.type !== 'quantity' || f.raw.unit.includes('/')) continue;
    const unit = scanner.byId.get(f.raw.unit);
    if (unit?.exact) continue;
    const dimension = unit?.dimension ?? 'count';
    const rate = rateAfter(sentence, f.end, f.raw, dimension, scanner, dimension.startsWith('money'));
    if (!rate) continue;
    const noun = f.open?.startsWith('open.count.') ? `.${f.open.split('.')[2]}` : '';
    Object.assign(f, { end: rate.end, raw: { ...f.raw, unit: rate.unit }, wants: 'none', accepts: none, open: `open.${rate.dimension}${noun}` });
  }
  for (const g of findFigures(sentence, scanner)) {
    if (g.raw.unit.split('/')[0] === 'count' && named(sentence, g.start)) continue;
    let overlapping = out.filter((f) => f.raw.type === 'quantity' && f.start < g.end && g.start < f.end);
    // A figure after a currency sign is a sum, whatever noun follows it ("₹12,000 crore this year").
    if (g.tag === 'money') {
      out = out.filter((f) => !(overlapping.includes(f) && isCount(f) && f.start > g.start));
      overlapping = overlapping.filter((f) => out.includes(f));
    }
    const container = overlapping.find((f) => f.start <= g.start && g.end <= f.end);
    if (container) {
      // "31 passengers injured": a pack's count that no kind takes falls back on the open count the reader saw in it.
      if (!container.open && sameValue(container.raw, g.raw)) container.open = g.open;
      continue;
    }
    // "Between 80 and 100 people were killed": a pack's count read from a range's upper end is the range.
    const upper = overlapping.find((f) => f.start > g.start && f.end > g.end && f.raw.type === 'quantity' && f.raw.unit === g.raw.unit && f.raw.number.value === g.raw.high?.value);
    if (overlapping.some((f) => f !== upper && (f.start < g.start || f.end > g.end))) continue;
    const heir = g.vague ? undefined : (upper ?? overlapping.find((f) => f.raw.type === 'quantity' && f.raw.unit === g.raw.unit && f.wants !== 'none'));
    out = out.filter((f) => !overlapping.includes(f));
    const own = { start: g.start, end: Math.max(g.end, upper?.end ?? 0), raw: g.raw, open: heir?.open ?? g.open };
    out.push(heir ? { ...heir, ...own } : { ...own, tag: g.tag, wants: 'none', accepts: none });
  }
  return out;
}
