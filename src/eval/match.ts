// When a gold value counts as found in a report value. A line-for-line port of score-gold.mjs
// (../shared/tools): change nothing here without changing it there, or the two scorers disagree.
import { basename, extname } from 'node:path';
import type { PlacedQuote, SourceSpans } from './spans.js';

/** Lower case, curly quotes made straight, runs of white space made one space. */
export const norm = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** A source's file name without its extension: the id gold files use. */
export const stem = (p: unknown): string => basename(String(p), extname(String(p)));

const NUMBER = /\d[\d,]*(\.\d+)?/g;
const numbers = (s: unknown): string[] => (norm(s).match(NUMBER) ?? []).map((n) => n.replace(/,/g, ''));

// Words too common in place and quantity phrases to show that two texts speak of the same thing.
const STOP = new Set(['the', 'of', 'and', 'area', 'approximately', 'about', 'around', 'waters', 'between', 'north', 'south']);
const words = (s: unknown): string[] =>
  norm(s)
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w));

/**
 * Same source, and then: one text contains the other; else, when the gold text has a number, the report
 * text has its first number; else they share a significant word.
 */
export function textsMatch(goldText: unknown, reportText: unknown): boolean {
  const gt = norm(goldText);
  const vt = norm(reportText);
  if (!vt) return false;
  if (gt.includes(vt) || vt.includes(gt)) return true;
  const gn = numbers(gt);
  if (gn.length) return numbers(vt).includes(gn[0]);
  const vw = new Set(words(vt));
  return words(gt).some((w) => vw.has(w));
}

/**
 * A report quote from the gold value's source counts for it: with `spans` (span-strict), where the two overlap
 * in the source, falling back to textsMatch only where position cannot decide; without, by textsMatch alone.
 */
export function quoteMatches(source: string, goldText: string, quote: PlacedQuote, spans?: SourceSpans): boolean {
  // An empty quote matches nothing, wherever it is placed.
  if (!norm(quote.text)) return false;
  const byPlace = spans?.overlap(source, goldText, quote);
  return byPlace ?? textsMatch(goldText, quote.text);
}
