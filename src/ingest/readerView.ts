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
 * Both libraries, loaded at the first page: a run without HTML must not pay for them (~80 ms of a 0.25 s start,
 * measured). The bundle is CommonJS, so `require` exists there and esbuild bundles what it names, initialised on
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

/**
 * Larger pages are read by their markup alone: article pages rarely pass 1 MB of HTML, and a DOM of a
 * bigger one (a dump, an inline image) costs far more memory and time than the converter's stream.
 */
const MAX_PAGE_CHARS = 1_000_000;

/** Readability's view of `html`, or undefined when it finds no article (or the page defeats it). */
export function readerView(html: string): ReaderView | undefined {
  if (html.length > MAX_PAGE_CHARS) return undefined;
  try {
    const { Readability, parseHTML } = load();
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
    const compactText = compact(article?.textContent ?? '');
    if (!article || compactText.length < MIN_ARTICLE_CHARS) return undefined;
    return {
      compactText,
      ...(article.siteName && { siteName: article.siteName }),
      ...(article.publishedTime && { publishedTime: article.publishedTime }),
    };
  } catch {
    // A page Readability cannot read is read by the markup alone, as before.
    return undefined;
  }
}

const NOT_COMPARED = /[\s\u00ad\u200b]+/g;

/** Text with every space and invisible char removed: the converter and Readability space text differently. */
export function compact(text: string): string {
  return text.replace(NOT_COMPARED, '');
}
