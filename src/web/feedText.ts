// Feed text as HTML, and how much reading there is in a piece of HTML. A feed's content is handed on as HTML so the
// article reader takes feed content and fetched pages alike; plain text is escaped and split into paragraphs first.
import { decodedForDisplay } from '../util/entities.js';

/** Below this many characters of text, a description or summary is a teaser, not the article. */
export const SUMMARY_MAX_CHARS = 500;

// Text goes between tags, never into an attribute, so quotes need no escaping.
const HTML_SPECIAL = /[&<>]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// `[^<>]*` stops at the next '<' as well as '>': with `[^>]*` a run of '<' without '>' would be scanned to its end from each '<'.
const TAG = /<[^<>]*>/g;
const SPACES = /\s+/g;

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ESCAPES[c]);
}

/** Plain text as HTML: escaped, one <p> per paragraph (paragraphs are separated by blank lines); undefined when blank. */
export function textToHtml(text: string | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  const paragraphs: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) paragraphs.push(`<p>${escapeHtml(lines.join('\n'))}</p>`);
    lines = [];
  };
  // Split by hand rather than on /\n\s*\n/: a line of spaces between paragraphs is still a blank line.
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
    else flush();
  }
  flush();
  return paragraphs.join('\n');
}

/** The text a reader sees in `html`: tags dropped, references decoded, runs of space as one. */
export function htmlToText(html: string): string {
  return decodedForDisplay(html.replace(TAG, ' ')).replace(SPACES, ' ').trim();
}

/** Whether `html` carries the article rather than a teaser. */
export function isFullText(html: string | undefined): html is string {
  return html !== undefined && htmlToText(html).length >= SUMMARY_MAX_CHARS;
}

/** Atom text constructs: HTML and XHTML as they are, text (the default, and text/* types) escaped; other media types are not text. */
export function atomHtml(text: { value?: string; type?: string } | undefined): string | undefined {
  const type = text?.type?.toLowerCase();
  if (!text?.value) return undefined;
  if (type === 'html' || type === 'xhtml' || type === 'text/html' || type?.endsWith('xml')) return text.value;
  return type === undefined || type === 'text' || type.startsWith('text/') ? textToHtml(text.value) : undefined;
}

/** An Atom title as plain text: an HTML one with its tags dropped. */
export function atomText(text: { value?: string; type?: string } | undefined): string | undefined {
  if (!text?.value) return undefined;
  return text.type === 'html' || text.type === 'xhtml' ? htmlToText(text.value) || undefined : text.value;
}
