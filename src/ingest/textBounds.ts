import type { SourceBlock } from './convertedDoc.js';

const WHITESPACE = /\s/;

export function isSpace(ch: string): boolean {
  return WHITESPACE.test(ch);
}

/** [start, end) narrowed past leading and trailing whitespace; start === end when blank. */
export function trimBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/**
 * One SourceBlock per non-blank line of `text`, for the line-oriented formats. `markupOf` lets
 * markdown attach what its syntax said about the line (keyed by the line's start offset).
 */
export function lineBlocks(text: string, markupOf?: (lineStart: number) => Partial<SourceBlock> | undefined): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let gapBefore = true;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const [start, end] = trimBounds(text, lineStart, lineEnd);
    if (start === end) {
      gapBefore = true;
    } else {
      blocks.push({ start, end, line: true, gapBefore, ...markupOf?.(lineStart) });
      gapBefore = false;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return blocks;
}
