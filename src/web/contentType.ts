// Which media types each kind of page accepts, the guess when a server sends none, and the copy's file extension.
import { PageError } from './reasons.js';
import type { PageKind } from './settings.js';

export interface MediaType {
  /** 'text/html': lower case, without parameters. */
  type: string;
  charset?: string;
}

const ARTICLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown']);
// RDF is RSS 1.0's own type; HTML is not a feed even where a site links it as one.
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
]);

/** The Accept header: what we can read, best first, so a site that negotiates sends the right representation. */
export function acceptHeader(kind: PageKind): string {
  return kind === 'article'
    ? 'text/html, application/xhtml+xml;q=0.9, text/markdown;q=0.8, text/plain;q=0.8, */*;q=0.1'
    : 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';
}

/** A Content-Type header split into its media type and charset; undefined when absent or blank. */
export function parseContentType(header: string | undefined): MediaType | undefined {
  if (!header) return undefined;
  const [first, ...parameters] = header.split(';');
  const type = first.trim().toLowerCase();
  if (!type) return undefined;
  let charset: string | undefined;
  for (const parameter of parameters) {
    const equals = parameter.indexOf('=');
    if (equals < 0 || parameter.slice(0, equals).trim().toLowerCase() !== 'charset') continue;
    const value = parameter.slice(equals + 1).trim();
    charset = value.replace(/^["']/, '').replace(/["']$/, '').trim() || undefined;
  }
  return { type, charset };
}

/** Fails with 'not an article: content type image/png' when the kind does not take this type. */
export function checkType(kind: PageKind, type: string): void {
  const accepted = kind === 'article' ? ARTICLE_TYPES : FEED_TYPES;
  if (!accepted.has(type)) throw new PageError(`${kind === 'article' ? 'not an article' : 'not a feed'}: content type ${type}`);
}

/**
 * The type of a body that came without one, from how it starts: markup is HTML for an article and XML for a feed,
 * '{' or '[' is JSON for a feed, anything else is plain text, which a feed cannot be.
 */
export function guessType(kind: PageKind, body: Buffer): string {
  let i = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  while (i < body.length && i < 2048 && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0d)) i++;
  const first = String.fromCharCode(body[i] ?? 0);
  if (first === '<') return kind === 'article' ? 'text/html' : 'application/xml';
  if (kind === 'feed' && (first === '{' || first === '[')) return 'application/json';
  if (kind === 'feed') throw new PageError('not a feed: no content type, and the body is neither XML nor JSON');
  return 'text/plain';
}

/** The extension of the decoded copy, so it opens in the right program. */
export function extensionFor(type: string): string {
  if (type === 'text/html' || type === 'application/xhtml+xml') return '.html';
  if (type === 'text/markdown') return '.md';
  if (type.endsWith('json')) return '.json';
  if (type.endsWith('xml')) return '.xml';
  return '.txt';
}
