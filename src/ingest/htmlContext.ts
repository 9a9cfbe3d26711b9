import type { BlockKind } from '../model/types.js';
import { CLASS_BLIND_ELEMENTS, CLASS_KINDS, ELEMENT_KINDS, type ElementKind } from './htmlTables.js';

export interface OpenElement extends ElementKind {
  name: string;
  skip: boolean;
}

const CLASS_WORD_SEPARATOR = /[-_]/;
const WHITESPACE = /\s+/;

/** What an element says about the text inside it: its own meaning, refined by its class and id. */
export function elementKind(name: string, attribs: Record<string, string>): ElementKind {
  const own = ELEMENT_KINDS.get(name) ?? {};
  if (CLASS_BLIND_ELEMENTS.has(name)) return own;
  const hinted = classKind(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
  return hinted ? { ...own, ...hinted } : own;
}

function classKind(names: string): ElementKind | undefined {
  for (const name of names.toLowerCase().split(WHITESPACE)) {
    if (!name) continue;
    const whole = CLASS_KINDS.get(name);
    if (whole) return whole;
    for (const word of name.split(CLASS_WORD_SEPARATOR)) {
      const part = CLASS_KINDS.get(word);
      if (part) return part;
    }
  }
  return undefined;
}

/**
 * The kinds in force for text opened under `stack`: the innermost markup (heading, list) and the
 * innermost enclosing container, except that a header region does not demote the headline in it.
 */
export function blockContext(stack: readonly OpenElement[]): { container?: BlockKind; markup?: BlockKind } {
  let markup: BlockKind | undefined;
  for (let i = stack.length - 1; i >= 0 && markup === undefined; i--) markup = stack[i].markup;
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i];
    if (e.container === undefined || (e.yieldsToHeadings && markup === 'heading')) continue;
    return { container: e.container, markup };
  }
  return { markup };
}

/** Inside a page or article header, or a byline region: where a <time> dates the article itself. */
export function inArticleHead(stack: readonly OpenElement[]): boolean {
  return stack.some((e) => e.yieldsToHeadings === true || e.container === 'byline');
}
