// What HTML elements, classes and meta tags mean for ingest: data, read by html.ts.
import type { BlockKind } from '../model/types.js';
import type { DocMeta } from './convertedDoc.js';

/** Elements whose content is never article text. */
export const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'canvas', 'object', 'video', 'audio',
  'select', 'textarea',
]);

/** Elements that flow inside a line; every other element (known or custom) starts and ends a block. */
export const INLINE_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'input', 'ins',
  'kbd', 'label', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time',
  'u', 'var', 'wbr', 'button', 'nobr',
]);

/** Table cells sit on one line, separated by a space. */
export const CELL_ELEMENTS = new Set(['td', 'th']);

/** Whitespace is kept as written inside these. */
export const PREFORMATTED_ELEMENTS = new Set(['pre']);

export interface ElementKind {
  container?: BlockKind;
  markup?: BlockKind;
  /** A page or article header: chrome, except the headline it holds. */
  yieldsToHeadings?: boolean;
}

export const ELEMENT_KINDS = new Map<string, ElementKind>([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, { markup: 'heading' }] as [string, ElementKind]),
  ['li', { markup: 'list' }],
  ['figcaption', { container: 'caption' }],
  ['figure', { container: 'caption' }],
  ['nav', { container: 'boilerplate' }],
  ['footer', { container: 'boilerplate' }],
  ['aside', { container: 'boilerplate' }],
  ['form', { container: 'boilerplate' }],
  ['header', { container: 'boilerplate', yieldsToHeadings: true }],
  // AMP pages' ads, consent dialogs, menus and share buttons are elements of their own.
  ...['amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-consent', 'amp-sidebar', 'amp-social-share', 'amp-analytics'].map(
    (name) => [name, { container: 'boilerplate' }] as [string, ElementKind],
  ),
]);

/** Class names and id words that say what a region holds, matched whole or by their -/_ separated words. */
export const CLASS_KINDS = new Map<string, ElementKind>([
  ...words('caption', ['caption', 'credit', 'credits', 'figcaption', 'photo-credit', 'image-credit']),
  ...words('byline', ['byline', 'author', 'authors', 'bio', 'author-bio', 'contributor', 'dateline']),
  ...words('teaser', [
    'related', 'teaser', 'teasers', 'recommended', 'recommendations', 'readmore', 'read-more', 'more-stories',
    'most-read', 'mostread', 'popular', 'trending', 'outbrain', 'taboola', 'next-post', 'previous-post',
  ]),
  ...words('faq', ['faq', 'faqs']),
  // The standfirst under a headline is the story's own summary, often outside the element a reader view keeps.
  ...words('body', ['dek', 'standfirst', 'subheadline', 'sub-headline', 'subhead', 'strapline', 'deck']),
  ...words('boilerplate', [
    'comments', 'comment', 'disqus', 'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription',
    'advert', 'advertisement', 'ad', 'ads', 'promo', 'cookie', 'cookies', 'breadcrumb', 'breadcrumbs', 'sidebar',
    'menu', 'navbar', 'masthead', 'paywall', 'footer', 'copyright',
  ]),
  ['header', { container: 'boilerplate', yieldsToHeadings: true }],
]);

function words(kind: BlockKind, names: string[]): Array<[string, ElementKind]> {
  return names.map((name) => [name, { container: kind }]);
}

/** Page-wide elements whose classes describe the page, not a region ("single-author" on <body>). */
export const CLASS_BLIND_ELEMENTS = new Set(['html', 'body', 'main', 'article']);

/** <meta property|name|itemprop> names, lower case, and the field they fill; earlier entries win. */
export const META_FIELDS: ReadonlyArray<readonly [string, keyof DocMeta]> = [
  ['og:title', 'title'],
  ['twitter:title', 'title'],
  ['article:published_time', 'published'],
  ['og:published_time', 'published'],
  ['datepublished', 'published'],
  ['pubdate', 'published'],
  ['publishdate', 'published'],
  ['publish-date', 'published'],
  ['parsely-pub-date', 'published'],
  ['sailthru.date', 'published'],
  ['dc.date.issued', 'published'],
  ['dc.date', 'published'],
  ['date', 'published'],
  ['og:site_name', 'outlet'],
  ['og:url', 'url'],
];

/** <meta> names of the time a page was last changed: its date only when the page states no publication date. */
export const MODIFIED_META = new Set(['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified']);

/** The publication date in JSON-LD article metadata. */
export const JSON_LD_PUBLISHED = /"datePublished"\s{0,20}:\s{0,20}"([^"\n]{1,60})"/;
/** The time JSON-LD says the article was last changed. */
export const JSON_LD_MODIFIED = /"dateModified"\s{0,20}:\s{0,20}"([^"\n]{1,60})"/;
