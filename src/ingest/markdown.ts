import type { ConvertedDoc, SourceBlock } from './convertedDoc.js';
import { inlineOps } from './markdownInline.js';
import { lineBlocks } from './textBounds.js';
import { TextBuilder } from './textBuilder.js';

// Line-level markdown syntax. Each is tried at the line's start and bounded, so scanning stays linear.
const FENCE = /^ {0,3}(?:```|~~~)/;
const BLOCKQUOTE_MARKER = / {0,3}> ?/y;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const LIST_MARKER = /^[ \t]{0,12}(?:[-*+•]|\d{1,9}[.)])[ \t]+/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE_CHARS = /^(?:-+|\*+|_+)$/;
const INDENT = /^ {0,3}\S/;
const LINK_REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]:/;
const TABLE_DELIMITER_CHARS = /^[\t |:-]+$/;

type LineSyntax = 'paragraph' | 'structure' | 'dropped' | 'blank';

/**
 * Markdown becomes plain text line by line: markers of headings, quotes, links, emphasis and code
 * are dropped; list markers stay (as in plain text); an image's alt text becomes its own caption line.
 */
export function convertMarkdown(content: string, bodyStart: number): Omit<ConvertedDoc, 'meta'> {
  const builder = new TextBuilder();
  const markup = new Map<number, Partial<SourceBlock>>();
  let inFence = false;
  let previousParagraph: number | undefined; // text offset of the line a setext underline would promote
  for (let lineStart = bodyStart; lineStart <= content.length; ) {
    const newline = content.indexOf('\n', lineStart);
    const rawEnd = newline === -1 ? content.length : newline;
    const lineEnd = rawEnd > lineStart && content[rawEnd - 1] === '\r' ? rawEnd - 1 : rawEnd;
    const line = content.slice(lineStart, lineEnd);
    const textLineStart = builder.length;
    let syntax: LineSyntax;
    if (FENCE.test(line)) {
      inFence = !inFence;
      syntax = 'dropped';
    } else if (inFence) {
      builder.copy(content, lineStart, lineEnd); // code keeps its text as written
      syntax = 'structure';
    } else if (line.trim() === '') {
      syntax = 'blank';
    } else if (previousParagraph !== undefined && SETEXT_UNDERLINE.test(line)) {
      markup.set(previousParagraph, { markup: 'heading' });
      syntax = 'dropped';
    } else if (isThematicBreak(line) || LINK_REFERENCE_DEFINITION.test(line) || isTableDelimiterRow(line)) {
      syntax = 'dropped';
    } else {
      syntax = convertLine(content, lineStart, lineEnd, builder, markup);
    }
    previousParagraph = syntax === 'paragraph' ? textLineStart : undefined;
    if (syntax !== 'dropped' && newline !== -1) builder.copy(content, newline, newline + 1);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  const { text, origin } = builder.finish(bodyStart);
  return { text, origin, blocks: lineBlocks(text, (start) => markup.get(start)), references: builder.decodedReferences };
}

function convertLine(
  content: string,
  lineStart: number,
  lineEnd: number,
  builder: TextBuilder,
  markup: Map<number, Partial<SourceBlock>>,
): LineSyntax {
  let pos = lineStart;
  for (;;) {
    BLOCKQUOTE_MARKER.lastIndex = pos;
    const quote = BLOCKQUOTE_MARKER.exec(content);
    if (!quote || pos + quote[0].length > lineEnd) break;
    pos += quote[0].length;
  }
  const rest = content.slice(pos, lineEnd);
  const heading = ATX_HEADING.exec(rest);
  if (heading) {
    markup.set(builder.length, { markup: 'heading' });
    emitInline(content, pos + heading[0].length, withoutClosingHashes(content, pos + heading[0].length, lineEnd), builder, markup);
    return 'structure';
  }
  const list = LIST_MARKER.exec(rest);
  if (list) {
    markup.set(builder.length, { markup: 'list' });
    builder.copy(content, pos, pos + list[0].length);
    emitInline(content, pos + list[0].length, lineEnd, builder, markup);
    return 'structure';
  }
  emitInline(content, pos, lineEnd, builder, markup);
  return 'paragraph';
}

/** `---`, `***`, `_ _ _`: a rule, no text. */
function isThematicBreak(line: string): boolean {
  const compact = line.replace(/[ \t]/g, '');
  return compact.length >= 3 && INDENT.test(line) && RULE_CHARS.test(compact);
}

/** `|---|:--:|`: the row under a table header. */
function isTableDelimiterRow(line: string): boolean {
  return line.includes('|') && line.includes('-') && TABLE_DELIMITER_CHARS.test(line);
}

/** "## Title ##": the closing hashes are decoration when a space precedes them. */
function withoutClosingHashes(content: string, from: number, to: number): number {
  let end = to;
  while (end > from && (content[end - 1] === ' ' || content[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > from && content[hashes - 1] === '#') hashes--;
  if (hashes === end) return to;
  return hashes === from || content[hashes - 1] === ' ' || content[hashes - 1] === '\t' ? hashes : to;
}

function emitInline(
  content: string,
  from: number,
  to: number,
  builder: TextBuilder,
  markup: Map<number, Partial<SourceBlock>>,
): void {
  let currentLineStart = builder.length;
  let breakPendingAt = -1; // after a caption, the rest of the line starts a new line
  const startNewLine = (at: number) => {
    if (builder.length > currentLineStart) builder.insert('\n', at);
    currentLineStart = builder.length;
  };
  for (const op of inlineOps(content, from, to)) {
    if (op.op === 'caption') {
      startNewLine(op.at);
      markup.set(currentLineStart, { markup: 'caption' });
      builder.copy(content, op.from, op.to);
      breakPendingAt = op.to;
      continue;
    }
    if (breakPendingAt !== -1) {
      startNewLine(breakPendingAt);
      breakPendingAt = -1;
    }
    if (op.op === 'copy') builder.copy(content, op.from, op.to);
    else builder.insertReference(op.text, op.at);
  }
}
