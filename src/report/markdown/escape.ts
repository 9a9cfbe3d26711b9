import { oneLine } from '../control-characters.js';

/**
 * Characters that can start Markdown or GitHub syntax anywhere in a line: emphasis, code, links, footnotes, HTML,
 * entities, table pipes, strikethrough, math (`$`), headings' closing `#`. Backslash first, so escapes stay single.
 * CommonMark lets any ASCII punctuation be backslash-escaped, and GFM honours `\|` even inside table cells.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|&~$#]/g;

/**
 * Makes untrusted text (article quotes, titles, labels, summaries) inert inline Markdown on one line: no markup,
 * no HTML, no line break, no raw `|`, so it is safe in paragraphs, list items, headings and table cells alike.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

/**
 * A code span that holds any text: the fence is one backtick longer than the longest run inside, padded with a
 * space when the text starts or ends with a backtick. Not for table cells: GFM splits cells on `|` even in code.
 */
export function codeSpan(text: string): string {
  const content = oneLine(text);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

/** A GFM table row; cells must already be escaped (escapeMarkdown leaves no raw `|` or newline). */
export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Header row plus delimiter row. */
export function tableHeader(cells: string[]): string[] {
  return [tableRow(cells), `|${cells.map(() => '---').join('|')}|`];
}

/** "Distance" from "distance", for bold lead-ins. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
