// Inline markdown: keeps the words, drops the syntax (emphasis markers, link targets, code ticks),
// and says where each kept stretch came from. Image alt text is reported apart: it becomes a caption.
import { readableReference, referenceAt } from '../util/entities.js';
import { isSpace } from './textBounds.js';

export type InlineOp =
  | { op: 'copy'; from: number; to: number }
  /** What a character reference reads as (possibly nothing), at the reference. */
  | { op: 'reference'; text: string; at: number }
  /** Image alt text: the converter puts it on its own line as a caption. */
  | { op: 'caption'; from: number; to: number; at: number };

interface Delimiter {
  /** Index into the op list where the run sits (as a copy, until paired). */
  index: number;
  char: string;
  canOpen: boolean;
  canClose: boolean;
}

// Scans are bounded so a line full of unmatched brackets or backticks stays linear.
const MAX_LINK_TEXT = 500;
const MAX_LINK_TARGET = 1000;
const MAX_CODE_SPAN = 2000;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const AUTOLINK = /<((?:https?:|mailto:)[^<>\s]{1,500})>/y;
const INLINE_TAG = /<\/?[A-Za-z][A-Za-z\d-]{0,30}(?:\s[^<>\n]{0,300})?\/?>/y;

const isPunctuation = (ch: string) => ASCII_PUNCTUATION.test(ch) || /\p{P}/u.test(ch);

/** First index in [from, limit) holding `ch`, or -1. */
/** The first `ch` in [from, limit): the search stops at the limit, so a line of unmatched "[" stays linear. */
function findWithin(text: string, ch: string, from: number, limit: number): number {
  const end = Math.min(limit, text.length);
  for (let i = from; i < end; i++) if (text[i] === ch) return i;
  return -1;
}

function runEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && text[j] === text[i]) j++;
  return j;
}

/** The ops that turn markdown source [from, to) into plain text. */
export function inlineOps(text: string, from: number, to: number): InlineOp[] {
  const ops: InlineOp[] = [];
  const delimiters: Delimiter[] = [];
  const linkCloses = new Map<number, number>(); // `]` of a link -> end of its target
  let literalStart = from;
  let i = from;
  const flush = () => {
    if (literalStart < i) ops.push({ op: 'copy', from: literalStart, to: i });
  };
  const skipTo = (next: number) => {
    i = next;
    literalStart = next;
  };
  while (i < to) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < to && ASCII_PUNCTUATION.test(text[i + 1])) {
      flush();
      literalStart = i + 1; // the escaped char is kept as a literal
      i += 2;
    } else if (ch === '`') {
      const end = runEnd(text, i, to);
      const close = findCodeClose(text, end, to, end - i);
      if (close === -1) {
        i = end;
        continue;
      }
      flush();
      ops.push({ op: 'copy', from: end, to: close });
      skipTo(close + (end - i));
    } else if (ch === '!' && text[i + 1] === '[') {
      const image = parseLinkLike(text, i + 1, to);
      if (!image) {
        i++;
        continue;
      }
      flush();
      ops.push({ op: 'caption', from: i + 2, to: image.textEnd, at: i });
      skipTo(image.end);
    } else if (ch === '[') {
      const link = parseLinkLike(text, i, to);
      if (!link) {
        i++;
        continue;
      }
      flush();
      linkCloses.set(link.textEnd, link.end);
      skipTo(i + 1);
    } else if (ch === ']' && linkCloses.has(i)) {
      flush();
      skipTo(linkCloses.get(i)!);
    } else if (ch === '*' || ch === '_') {
      const end = runEnd(text, i, to);
      flush();
      delimiters.push({ index: ops.length, char: ch, ...flanking(text, i, end, from, to) });
      ops.push({ op: 'copy', from: i, to: end });
      skipTo(end);
    } else if (ch === '<') {
      AUTOLINK.lastIndex = i;
      INLINE_TAG.lastIndex = i;
      const auto = AUTOLINK.exec(text);
      const tag = auto ? null : INLINE_TAG.exec(text);
      const end = auto ? i + auto[0].length : tag ? i + tag[0].length : -1;
      if (end === -1 || end > to) {
        i++;
        continue;
      }
      flush();
      if (auto) ops.push({ op: 'copy', from: i + 1, to: end - 1 });
      skipTo(end);
    } else if (ch === '&') {
      const entity = referenceAt(text, i);
      if (!entity || i + entity.length > to) {
        i++;
        continue;
      }
      flush();
      const readable = readableReference(entity.decoded, text[i - 1] ?? '', text[i + entity.length] ?? '');
      ops.push({ op: 'reference', text: readable, at: i });
      skipTo(i + entity.length);
    } else {
      i++;
    }
  }
  flush();
  return dropPairedDelimiters(ops, delimiters);
}

function findCodeClose(text: string, from: number, to: number, length: number): number {
  const limit = Math.min(to, from + MAX_CODE_SPAN);
  for (let k = text.indexOf('`', from); k !== -1 && k < limit; k = text.indexOf('`', k)) {
    const end = runEnd(text, k, to);
    if (end - k === length) return k;
    k = end;
  }
  return -1;
}

/** `[text](target)` or `[text][ref]` starting at `open`; the text ends at textEnd (its `]`). */
function parseLinkLike(text: string, open: number, to: number): { textEnd: number; end: number } | undefined {
  const textEnd = findWithin(text, ']', open + 1, Math.min(to, open + 1 + MAX_LINK_TEXT));
  if (textEnd === -1 || text.lastIndexOf('[', textEnd) !== open) return undefined;
  const closer = text[textEnd + 1] === '(' ? ')' : text[textEnd + 1] === '[' ? ']' : '';
  if (!closer) return undefined;
  const targetEnd = findWithin(text, closer, textEnd + 2, Math.min(to, textEnd + 2 + MAX_LINK_TARGET));
  return targetEnd === -1 ? undefined : { textEnd, end: targetEnd + 1 };
}

/** CommonMark's flanking rules, simplified: may this run open or close emphasis? */
function flanking(text: string, start: number, end: number, from: number, to: number) {
  const before = start > from ? text[start - 1] : ' ';
  const after = end < to ? text[end] : ' ';
  const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  if (text[start] === '*') return { canOpen: left, canClose: right };
  // `_` inside a word (snake_case) is never emphasis.
  return {
    canOpen: left && (!right || isPunctuation(before)),
    canClose: right && (!left || isPunctuation(after)),
  };
}

/** Pairs openers with closers of the same char and removes both; unpaired runs stay as text. */
function dropPairedDelimiters(ops: InlineOp[], delimiters: Delimiter[]): InlineOp[] {
  const openers = new Map<string, Delimiter[]>([
    ['*', []],
    ['_', []],
  ]);
  const dropped = new Set<number>();
  for (const d of delimiters) {
    const stack = openers.get(d.char)!;
    if (d.canClose && stack.length > 0) {
      dropped.add(stack.pop()!.index);
      dropped.add(d.index);
    } else if (d.canOpen) {
      stack.push(d);
    }
  }
  return dropped.size === 0 ? ops : ops.filter((_, index) => !dropped.has(index));
}
