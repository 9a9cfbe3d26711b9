// Shapes of identifiers and how phrases are cleaned on load, so the matchers downstream see one spelling.
import type { Node } from '../util/yamlNode.js';
import { MAX_PHRASE_CHARS } from './limits.js';

/** `launch.distance`: dotted, lower case, at least two parts. */
export const KIND_KEY = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+$/;
/** Dimensions, category set names, pack names: `missile-type`. */
export const SLUG = /^[a-z][a-z0-9-]*$/;
/** Category ids keep their conventional case: `IRBM`, `hypersonic-IRBM`. */
export const CATEGORY_ID = /^[A-Za-z][A-Za-z0-9-]*$/;
/** Unit ids may carry a slash or dot: `m/s`, `km/h`. */
export const UNIT_ID = /^[A-Za-z][A-Za-z0-9/._-]{0,31}$/;

/** Trimmed, with every whitespace run made one space. */
export function squash(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The form two phrases are compared in when looking for duplicates (the matchers ignore case). */
export function phraseKey(text: string): string {
  return squash(text).toLowerCase();
}

/** A phrase from the file, squashed (and lower-cased when `lower`), between `min` and MAX_PHRASE_CHARS long. */
export function phrase(node: Node, what: string, min: number, lower: boolean): string {
  const text = squash(node.str(what));
  if (text.length < min) {
    node.fail(text === '' ? `${what} is empty` : `${what} '${text}' is shorter than ${min} characters and would match almost anything`);
  }
  if (text.length > MAX_PHRASE_CHARS) node.fail(`${what} is ${text.length} characters long; the limit is ${MAX_PHRASE_CHARS}`);
  return lower ? text.toLowerCase() : text;
}

/** A string that must match `pattern`; `shape` tells the user what it should look like. */
export function identifier(node: Node, what: string, pattern: RegExp, shape: string): string {
  const text = node.str(what);
  if (!pattern.test(text)) node.fail(`${what} '${text}' is not valid: expected ${shape}`);
  return text;
}

/** Each phrase once, in first-seen order. */
export function unique(items: string[]): string[] {
  return [...new Set(items)];
}
