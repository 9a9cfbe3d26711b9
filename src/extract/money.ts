import { DIGITS, hedgeOf, parseStatedNumber } from './numbers.js';
import { hedgeBefore, rateAfter, type FigureScanner, type FoundFigure, type RawQuantity } from './figureScanner.js';

// Sums with a currency sign before them: "$3.2 billion", "€40m", "Rs 40 crore", "US$1.2 million", "$3-4 billion",
// "between $30 billion and $50 billion", "$4 a gallon". Sums with the currency after ("2.5 million yuan") are
// the unit table's, read as any unit is.

// Scale words, and the letters glued to a sum for them ("€40m", "£5bn", "$2.3bn", "$50k").
const SCALE_AFTER = String.raw`(?:\s+(thousand|million|billion|trillion|lakhs?|crores?)|(bn|mn|m|b|k|tn))(?![\p{L}\d])`;
const LETTER_SCALE: Record<string, string> = { bn: 'billion', b: 'billion', mn: 'million', m: 'million', k: 'thousand', tn: 'trillion' };
const RANGE_AT = new RegExp(String.raw`\s*(?:-|–|to|and)\s*(\S{0,4}?)\s?(${DIGITS})(?:${SCALE_AFTER})?`, 'uy');
const AMOUNT_AT = new RegExp(String.raw`(${DIGITS})(?:${SCALE_AFTER})?`, 'uy');

const SIGN_INSIDE = /[\p{L}\d$]/u;

export function findMoney(sentence: string, scanner: FigureScanner): FoundFigure[] {
  const out: FoundFigure[] = [];
  if (!/\d/.test(sentence)) return out;
  scanner.symbols.lastIndex = 0;
  for (let m = scanner.symbols.exec(sentence); m; m = scanner.symbols.exec(sentence)) {
    // A sign right after a letter or digit is part of a word ("HK$" is one sign, its "$" no other).
    if (m.index > 0 && SIGN_INSIDE.test(sentence[m.index - 1])) continue;
    const unit = scanner.bySymbol.get(m[1]);
    AMOUNT_AT.lastIndex = m.index + m[0].length;
    const amount = AMOUNT_AT.exec(sentence);
    if (!unit || !amount) continue;
    const [, digits, word, letters] = amount;
    let end = AMOUNT_AT.lastIndex;
    const scale = word ?? (letters ? LETTER_SCALE[letters.toLowerCase()] : undefined);
    let number = parseStatedNumber(digits, scale);
    if (!number) continue;
    const before = hedgeBefore(sentence, m.index);
    const raw: RawQuantity = { type: 'quantity', number, unit: unit.id, hedge: hedgeOf(before.hedge) };
    // "$3-4 billion", "$3 billion to $4 billion", "between $30 billion and $50 billion".
    RANGE_AT.lastIndex = end;
    const range = RANGE_AT.exec(sentence);
    const sign = range?.[1];
    if (range && (!sign || scanner.bySymbol.get(sign) === unit) && (before.between || !/and/.test(range[0]))) {
      const highScale = range[3] ?? (range[4] ? LETTER_SCALE[range[4].toLowerCase()] : undefined);
      const high = parseStatedNumber(range[2], highScale ?? scale);
      if (!scale && highScale) number = parseStatedNumber(digits, highScale) ?? number;
      if (high && high.value > number.value) {
        raw.number = number;
        raw.high = high;
        end = RANGE_AT.lastIndex;
      }
    } else if (before.between) continue;
    const rate = rateAfter(sentence, end, raw, unit.dimension, scanner, true);
    if (rate) raw.unit = rate.unit;
    out.push({ start: before.start, end: rate?.end ?? end, raw, open: `open.${rate?.dimension ?? unit.dimension}`, tag: 'money' });
    scanner.symbols.lastIndex = rate?.end ?? end;
  }
  return out;
}
