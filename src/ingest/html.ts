// The one module that imports htmlparser2: HTML becomes one line of text per block element.
import { Parser } from 'htmlparser2';
import type { BlockKind } from '../model/types.js';
import type { ConvertedDoc, SourceBlock } from './convertedDoc.js';
import { HtmlMeta } from './htmlMeta.js';
import { blockContext, elementKind, inArticleHead, type OpenElement } from './htmlContext.js';
import { CELL_ELEMENTS, INLINE_ELEMENTS, PREFORMATTED_ELEMENTS, SKIPPED_ELEMENTS } from './htmlTables.js';
import { readableReference } from '../util/entities.js';
import { jsonLdArticleBody } from './jsonLdBody.js';
import { keepMainText } from './mainText.js';
import { readerView } from './readerView.js';
import { trimBounds } from './textBounds.js';
import { TextBuilder } from './textBuilder.js';

const NON_SPACE_RUN = /\S+/g;

/**
 * Deepest nesting kept, as in Blink's HTML parser: an element opened deeper is closed at once and its
 * content becomes its parent's. htmlparser2 keeps open elements in an array it grows at the front, so
 * every tag costs time in proportion to the depth: 100,000 unclosed `<div>`s took minutes.
 */
export const MAX_HTML_DEPTH = 512;

/**
 * A page with this much text read without Readability's choice is said to be: teasers and lists of other stories
 * may then be read as the story. A short page (a snippet, a test) is not worth a warning.
 */
const READER_NOTE_MIN_CHARS = 1_500;

/**
 * Pages with more elements are read by their markup alone: Readability's time grows with the elements (a
 * 19,000-element page took 0.7 s more), and news pages have a few thousand. Their bytes do not matter: a page
 * saved "complete" carries megabytes of inline scripts and styles, which are single text nodes to the DOM.
 */
const MAX_READER_VIEW_ELEMENTS = 20_000;

/** Deeper pages are read by their markup alone: news pages nest some 30 deep, and a DOM of thousands of nested elements takes Readability minutes. */
const MAX_READER_VIEW_DEPTH = 150;

/**
 * Converts HTML to plain text: script-like content dropped, entities decoded (a decoded char maps to
 * its entity's start), whitespace collapsed as a browser would, block elements on their own lines.
 */
export function convertHtml(content: string, bodyStart: number): ConvertedDoc {
  const source = content.slice(bodyStart);
  const builder = new TextBuilder();
  const meta = new HtmlMeta();
  const blocks: Array<Omit<SourceBlock, 'line' | 'gapBefore'>> = [];
  const stack: OpenElement[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let title: string | undefined;
  let inTitle = false;
  let jsonLd: string | undefined;
  const jsonLdStarts: number[] = [];
  let deepest = 0;
  let elements = 0;
  let block: { start: number; container?: BlockKind; markup?: BlockKind } | undefined;
  let pendingSpace: { at: number; verbatim: boolean } | undefined;
  let sawParagraph = false; // a <time> after the story's first paragraph dates something else

  const endBlock = (at: number) => {
    pendingSpace = undefined;
    if (!block) return;
    blocks.push({ start: block.start, end: builder.length, container: block.container, markup: block.markup });
    builder.insert('\n', bodyStart + at);
    block = undefined;
  };
  const beginText = () => {
    if (!block) {
      block = { start: builder.length, ...blockContext(stack) };
      if (block.markup === undefined && block.container === undefined) sawParagraph = true;
      pendingSpace = undefined;
    } else if (pendingSpace) {
      if (pendingSpace.verbatim) builder.copy(content, bodyStart + pendingSpace.at, bodyStart + pendingSpace.at + 1);
      else builder.insert(' ', bodyStart + pendingSpace.at);
      pendingSpace = undefined;
    }
  };
  const emitVerbatim = (start: number, data: string) => {
    if (preDepth > 0) {
      beginText();
      builder.copy(content, bodyStart + start, bodyStart + start + data.length);
      return;
    }
    let last = 0;
    for (const m of data.matchAll(NON_SPACE_RUN)) {
      if (m.index > last && block && !pendingSpace) {
        const single = m.index - last === 1 && data[last] === ' ';
        pendingSpace = { at: start + last, verbatim: single };
      }
      beginText();
      builder.copy(content, bodyStart + start + m.index, bodyStart + start + m.index + m[0].length);
      last = m.index + m[0].length;
    }
    if (last < data.length && block && !pendingSpace) {
      pendingSpace = { at: start + last, verbatim: data.length - last === 1 && data[last] === ' ' };
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length >= MAX_HTML_DEPTH && closeAtOnce(parser, name)) return;
        const element: OpenElement = { name, ...elementKind(name, attribs), skip: isSkipped(name, attribs) };
        stack.push(element);
        deepest = Math.max(deepest, stack.length);
        elements++;
        if (element.skip) skipDepth++;
        if (name === 'title' && title === undefined && !stack.some((e) => e.name === 'svg')) {
          title = '';
          inTitle = true;
        }
        if (name === 'script' && (attribs.type ?? '').toLowerCase() === 'application/ld+json') {
          jsonLd = '';
          jsonLdStarts.push(bodyStart + parser.endIndex + 1);
        }
        if (name === 'meta') meta.fromMetaTag(attribs);
        if (name === 'link') meta.fromLink(attribs);
        if (name === 'time' && attribs.datetime && (!sawParagraph || inArticleHead(stack))) {
          meta.fromTimeElement(attribs.datetime);
        }
        if (PREFORMATTED_ELEMENTS.has(name)) preDepth++;
        if (skipDepth > 0) return;
        if (breaksLine(name)) endBlock(parser.startIndex);
        else if (CELL_ELEMENTS.has(name) && block) pendingSpace = { at: parser.startIndex, verbatim: false };
      },
      onclosetag(name) {
        let index = stack.length - 1;
        while (index >= 0 && stack[index].name !== name) index--;
        if (index === -1) return;
        for (const element of stack.splice(index)) {
          if (element.skip) skipDepth--;
          if (PREFORMATTED_ELEMENTS.has(element.name)) preDepth--;
        }
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLd !== undefined) {
          meta.fromJsonLd(jsonLd);
          jsonLd = undefined;
        }
        if (skipDepth === 0 && breaksLine(name)) endBlock(parser.startIndex);
      },
      ontext(data) {
        const start = parser.startIndex;
        if (jsonLd !== undefined) jsonLd += data;
        if (inTitle) {
          title += data;
          return;
        }
        if (skipDepth > 0) return;
        const rangeEnd = parser.endIndex + 1;
        if (rangeEnd - start === data.length && source.startsWith(data, start)) {
          emitVerbatim(start, data);
          return;
        }
        // Markup left unfinished at the end of the file ("<!words") comes back as its trailing text.
        if (source[start] !== '&' && source.startsWith(data, rangeEnd - data.length)) {
          emitVerbatim(rangeEnd - data.length, data);
          return;
        }
        // A decoded entity: one char (or pair) standing for the whole entity.
        const decoded = readableReference(data, builder.lastChar, source[rangeEnd] ?? '');
        if (decoded) beginText();
        builder.insertReference(decoded, bodyStart + start);
      },
    },
    { decodeEntities: true },
  );
  parser.end(source);
  endBlock(source.length);

  const { text, origin } = builder.finish(bodyStart);
  if (title !== undefined) meta.fromTitleElement(title);
  const tooBig = deepest > MAX_READER_VIEW_DEPTH ? 'nested too deep for Readability' : elements > MAX_READER_VIEW_ELEMENTS ? 'too many elements for Readability' : undefined;
  const read = tooBig === undefined ? readerView(source) : { why: tooBig };
  const view = 'view' in read ? read.view : undefined;
  if (view) meta.fromReaderView(view.siteName, view.publishedTime);
  const found = meta.result();
  const main = keepMainText(text, trimmedBlocks(text, blocks), view, found.title);
  // A page that shows a teaser and carries the article in its JSON-LD is read from the JSON-LD.
  const shown = main.reduce((n, b) => n + (b.container === undefined ? b.end - b.start : 0), 0);
  const body = jsonLdArticleBody(content, jsonLdStarts);
  if (body && shown * 2 < body.text.length) return { ...body, meta: found };
  const why = 'why' in read ? read.why : undefined;
  const notes = why && shown >= READER_NOTE_MIN_CHARS ? [`read as a whole page (${why}): teasers and lists of other stories may be read as this one`] : undefined;
  return { text, origin, blocks: main, meta: found, references: builder.decodedReferences, ...(notes && { notes }) };
}

/**
 * Takes the element just opened off htmlparser2's stack of open elements (newest first). The stack is
 * not public API, so this checks its shape and otherwise leaves the element open.
 */
function closeAtOnce(parser: Parser, name: string): boolean {
  const open = (parser as unknown as { stack?: unknown }).stack;
  if (!Array.isArray(open) || open[0] !== name) return false;
  open.shift();
  return true;
}

/** Every element but inline ones and table cells puts its content on lines of its own. */
function breaksLine(name: string): boolean {
  return !INLINE_ELEMENTS.has(name) && !CELL_ELEMENTS.has(name);
}

function isSkipped(name: string, attribs: Record<string, string>): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  const style = (attribs.style ?? '').replace(/\s/g, '').toLowerCase();
  return attribs.hidden !== undefined || attribs['aria-hidden'] === 'true' || style.includes('display:none');
}

function trimmedBlocks(text: string, raw: Array<Omit<SourceBlock, 'line' | 'gapBefore'>>): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const b of raw) {
    const [start, end] = trimBounds(text, b.start, b.end);
    if (start < end) blocks.push({ ...b, start, end, line: false, gapBefore: false });
  }
  return blocks;
}
