// The one module that imports @mozilla/readability and linkedom: which text of a page is its article.
import { createRequire } from 'node:module';
import type * as ReadabilityLibrary from '@mozilla/readability';
import type * as LinkedomLibrary from 'linkedom';

interface Libraries {
  Readability: typeof ReadabilityLibrary.Readability;
  parseHTML: typeof LinkedomLibrary.parseHTML;
}
let libraries: Libraries | undefined;

/**
 * Both libraries, loaded at the first page: a run without HTML must not pay for them (~45 ms of a one-article
 * run's start, measured in the bundle). The bundle is CommonJS, so `require` exists there and esbuild bundles what it names, initialised on
 * this first call; the ES-module build asks Node.
 */
function load(): Libraries {
  if (!libraries) {
    const [readability, linkedom] =
      typeof require === 'function'
        ? [require('@mozilla/readability'), require('linkedom')]
        : [createRequire(import.meta.url)('@mozilla/readability'), createRequire(import.meta.url)('linkedom')];
    libraries = { Readability: readability.Readability, parseHTML: linkedom.parseHTML };
  }
  return libraries;
}

/** What Readability makes of a page: the article's text, and what it read about the page. */
export interface ReaderView {
  /** The chosen content's text, whitespace removed: blocks are looked up in it, not positions. */
  compactText: string;
  siteName?: string;
  publishedTime?: string;
}

/** Less chosen text than this and Readability found no article: the page is read as it stands. */
const MIN_ARTICLE_CHARS = 140;

/** Larger pages are read by their markup alone, whatever they hold: the DOM of a dump costs memory the stream does not. */
const MAX_PAGE_CHARS = 16_000_000;
/** A data URI this long is an inlined image or font: kept out of the DOM. */
const LONG_DATA_URI = 1000;
const URI_END = new Set(['"', "'", '>', ' ', '\n', '\r', '\t', '\f']);

/** Readability's view of `html`, or why there is none: it found no article, or the page is too large for it. */
export function readerView(html: string): { view: ReaderView } | { why: string } {
  // Inlined images go first: a 50 MB page of one picture is a small page to read.
  const page = withoutInlinedData(html);
  if (page.length > MAX_PAGE_CHARS) return { why: 'over 16 MB of markup, too large for Readability' };
  const none = { why: 'Readability found no article in it' };
  try {
    const { Readability, parseHTML } = load();
    const { document } = parseHTML(page);
    // Only the article's text is used: its HTML is neither serialised nor cleaned of classes (a quarter of the time).
    const options = { charThreshold: MIN_ARTICLE_CHARS, keepClasses: true, serializer: () => '' };
    const article = new Readability(document as unknown as Document, options).parse();
    const compactText = compact(article?.textContent ?? '');
    if (!article || compactText.length < MIN_ARTICLE_CHARS) return none;
    const view = {
      compactText,
      ...(article.siteName && { siteName: article.siteName }),
      ...(article.publishedTime && { publishedTime: article.publishedTime }),
    };
    return { view };
  } catch {
    // A page Readability cannot read is read by the markup alone, as before.
    return none;
  }
}

/**
 * The page with every long data URI cut to `data:,`, as "Save page as… complete" inlines images and fonts: a 50 MB
 * page of one picture is a small page to Readability. A scan, not a pattern: a pattern over a 50 MB run of base64
 * overflows V8's backtracking stack.
 */
function withoutInlinedData(html: string): string {
  const pieces: string[] = [];
  let copied = 0;
  // Every `data:` inside a run ends where the run does, and is shorter: the search goes on from there, so each
  // character is scanned once.
  for (let at = html.indexOf('data:'), end = 0; at !== -1; at = html.indexOf('data:', end)) {
    end = at + 5;
    while (end < html.length && !URI_END.has(html[end])) end++;
    if (end - at < LONG_DATA_URI) continue;
    pieces.push(html.slice(copied, at), 'data:,');
    copied = end;
  }
  return copied === 0 ? html : pieces.join('') + html.slice(copied);
}

const NOT_COMPARED = /[\s\u00ad\u200b]+/g;

/** Text with every space and invisible char removed: the converter and Readability space text differently. */
export function compact(text: string): string {
  return text.replace(NOT_COMPARED, '');
}
