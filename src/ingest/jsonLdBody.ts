// A page whose article text sits only in its JSON-LD (`"articleBody": "…"`): that string, read in place.
import type { OffsetMap } from '../model/types.js';
import type { SourceBlock } from './convertedDoc.js';
import { trimBounds } from './textBounds.js';
import { TextBuilder } from './textBuilder.js';

const ARTICLE_BODY_KEY = /"articleBody"\s{0,20}:\s{0,20}"/g;
const SIMPLE_ESCAPES = new Map([['"', '"'], ['\\', '\\'], ['/', '/'], ['t', ' '], ['b', ''], ['f', '']]);
const HEX4 = /^[\da-fA-F]{4}$/;

/**
 * The longest `articleBody` string in the JSON-LD scripts starting at `scriptStarts` (offsets into
 * `content`), as text mapped back into the file: escaped characters map to their backslash, and a
 * `\n` ends a paragraph. Undefined when the page has none.
 */
export function jsonLdArticleBody(content: string, scriptStarts: readonly number[]): { text: string; origin: OffsetMap; blocks: SourceBlock[] } | undefined {
  let best: { text: string; origin: OffsetMap; blocks: SourceBlock[] } | undefined;
  for (const start of scriptStarts) {
    const end = content.indexOf('</script', start);
    const script = content.slice(start, end === -1 ? content.length : end);
    for (const m of script.matchAll(ARTICLE_BODY_KEY)) {
      const read = readString(content, start + m.index + m[0].length);
      if (read && (!best || read.text.length > best.text.length)) best = read;
    }
  }
  return best;
}

function readString(content: string, from: number): { text: string; origin: OffsetMap; blocks: SourceBlock[] } | undefined {
  const builder = new TextBuilder();
  const raw: Array<[number, number]> = [];
  let blockStart = 0;
  let runStart = from;
  const endParagraph = (at: number) => {
    if (builder.length > blockStart) raw.push([blockStart, builder.length]);
    builder.insert('\n', at);
    blockStart = builder.length;
  };
  for (let i = from; i < content.length; ) {
    const ch = content[i];
    if (ch !== '"' && ch !== '\\') {
      i++;
      continue;
    }
    builder.copy(content, runStart, i);
    if (ch === '"') {
      endParagraph(i);
      const { text, origin } = builder.finish(from);
      return { text, origin, blocks: trimmed(text, raw) };
    }
    const escape = content[i + 1];
    if (escape === 'n' || escape === 'r') {
      if (builder.length > blockStart) endParagraph(i);
      i += 2;
    } else if (escape === 'u' && HEX4.test(content.slice(i + 2, i + 6))) {
      builder.insert(String.fromCharCode(parseInt(content.slice(i + 2, i + 6), 16)), i);
      i += 6;
    } else {
      builder.insert(SIMPLE_ESCAPES.get(escape) ?? escape ?? '', i);
      i += 2;
    }
    runStart = i;
  }
  return undefined; // an unterminated string: not JSON, not an article body
}

function trimmed(text: string, raw: ReadonlyArray<[number, number]>): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const [from, to] of raw) {
    const [start, end] = trimBounds(text, from, to);
    if (start < end) blocks.push({ start, end, line: false, gapBefore: false });
  }
  return blocks;
}
