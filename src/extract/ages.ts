import type { FoundFigure, RawQuantity } from './figureScanner.js';
import { parseStatedNumber } from './numbers.js';
import { pattern } from './caseless.js';
import { MONTH_NAME } from '../util/dates/inText.js';

// Ages news copy gives without the word "year": "Maria Lopez, 72, said", "who is 19,", "turned 50 last month",
// "aged between 18 and 25", "aged 9 and 11", "a woman in her 60s". "a 34-year-old", "68 years old" and "aged 61"
// are the unit table's (unit `years`).

const OLDEST = 120;
// "Maria Lopez, 72, said": a capitalised name, the age between commas. Not a date ("March 3, 14, ...").
const AFTER_NAME = /(?<=\p{Lu}[\p{Ll}'’-]+),\s(\d{1,3}),(?!\d)/gu;
const WHO_IS = pattern(String.raw`\b(?:who|which)\s+(?:is|was|turned|turns|will\s+turn)\s+(\d{1,3})(?=[,.;]|\s+(?:last|this|on|in|when|and)\b)`, 'giu');
// "aged between 18 and 25", "aged 18 to 25", "aged 9 and 11" (two ages).
const AGED = pattern(String.raw`\baged\s+(between\s+)?(\d{1,3})\s*(and|to|-|–)\s*(\d{1,3})\b(?!\s*(?:years|months|weeks|days|%|percent))`, 'giu');
const DECADE = pattern(String.raw`\bin\s+(?:his|her|their)\s+(early\s+|mid-?\s*|late\s+)?([1-9]0)s\b`, 'giu');
const PART_OF_DECADE: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
const NAME_NOT_AGE = new RegExp(String.raw`(?:^|\s)(?:${MONTH_NAME}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);

export function findAges(sentence: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  if (!/\d/.test(sentence)) return out;
  // Cheap tests first: most sentences hold none of these.
  AFTER_NAME.lastIndex = 0;
  if (/, \d{1,3},/.test(sentence))
    for (let m = AFTER_NAME.exec(sentence); m; m = AFTER_NAME.exec(sentence)) {
    if (NAME_NOT_AGE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = m.index + m[0].indexOf(m[1]);
    push(out, at, at + m[1].length, Number(m[1]));
  }
  WHO_IS.lastIndex = 0;
  if (/\b(?:who|which)\s/i.test(sentence))
    for (let m = WHO_IS.exec(sentence); m; m = WHO_IS.exec(sentence)) {
    const at = m.index + m[0].length - m[1].length;
    push(out, at, at + m[1].length, Number(m[1]));
  }
  AGED.lastIndex = 0;
  if (/\baged\s/i.test(sentence))
    for (let m = AGED.exec(sentence); m; m = AGED.exec(sentence)) {
    const [text, between, low, joint, high] = m;
    if (between || joint.toLowerCase() !== 'and') push(out, m.index, m.index + text.length, Number(low), Number(high));
    else {
      // Two ages: "aged 9" and "11".
      push(out, m.index, m.index + text.indexOf(low) + low.length, Number(low));
      push(out, m.index + text.length - high.length, m.index + text.length, Number(high));
    }
  }
  DECADE.lastIndex = 0;
  if (/0s\b/.test(sentence))
    for (let m = DECADE.exec(sentence); m; m = DECADE.exec(sentence)) {
    const [text, part, decade] = m;
    const [from, to] = part ? PART_OF_DECADE[part.trim().replace(/-$/, '').toLowerCase()] : [0, 9];
    push(out, m.index, m.index + text.length, Number(decade) + from, Number(decade) + to);
  }
  return out;
}

function push(out: FoundFigure[], start: number, end: number, age: number, high?: number): void {
  if (age > OLDEST || (high !== undefined && (high <= age || high > OLDEST))) return;
  const raw: RawQuantity = { type: 'quantity', number: parseStatedNumber(String(age))!, unit: 'years', hedge: 'exact' };
  if (high !== undefined) raw.high = parseStatedNumber(String(high))!;
  out.push({ start, end, raw, open: 'open.age', tag: 'age' });
}
