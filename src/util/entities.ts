// The one module that imports `entities`: HTML and Markdown character references, decoded by the spec's table.
import { decodeHTML, decodeHTMLStrict } from 'entities';

const REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;
const NBSP = '\u00a0';
const SOFT_HYPHEN = '\u00ad';
/** Spaces that group digits ("1 100 km"): between digits they join the figure. */
const DIGIT_GROUP_SPACES = new Set(['\u2009', '\u202f', '\u2007', '\u200a']);
const DIGIT = /\d/;

/** The reference starting at `at` (`&name;`, `&#nn;`, `&#xhh;`) and its decoded text, or undefined when none is known. */
export function referenceAt(text: string, at: number): { length: number; decoded: string } | undefined {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(text);
  if (!m) return undefined;
  const decoded = decodeHTMLStrict(m[0]);
  return decoded === m[0] ? undefined : { length: m[0].length, decoded };
}

/**
 * What a decoded reference reads as in the text claims are read from: a no-break space is a space (patterns
 * match ' ' between a figure and its unit), a soft hyphen nothing, and a thin space between digits nothing,
 * so "1&thinsp;100 km" is the figure 1100.
 */
export function readableReference(decoded: string, before: string, after: string): string {
  if (decoded === NBSP) return ' ';
  if (decoded === SOFT_HYPHEN) return '';
  if (DIGIT_GROUP_SPACES.has(decoded) && DIGIT.test(before) && DIGIT.test(after)) return '';
  return decoded;
}

/** A quote as a reader should see it: references decoded, no-break spaces as spaces. */
export function decodedForDisplay(quote: string): string {
  if (!quote.includes('&')) return quote;
  return decodeHTML(quote).replaceAll(NBSP, ' ').replaceAll(SOFT_HYPHEN, '');
}
