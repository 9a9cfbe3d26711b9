import type { SourceInfo, PublicationDate, Report } from '../../model/types.js';
import { displayDay } from '../../util/calendarNames.js';
import { codeSpan, escapeMarkdown } from './escape.js';

/**
 * Every source of the run in input order, with the short id the tables use. A list, not a table: paths go in
 * code spans, and GFM would split a code span on a `|` inside a table.
 */
export function sourcesSection(report: Report, shortIds: Map<string, string>): string[] {
  const bullets = report.sources.map((source) => sourceBullet(source, shortIds.get(source.id) ?? source.id));
  return ['## Sources', '', ...(bullets.length > 0 ? bullets : ['None.'])];
}

function sourceBullet(source: SourceInfo, shortId: string): string {
  const fullId = shortId === source.id ? '' : ` (${escapeMarkdown(source.id)})`;
  const named = [source.title, source.outlet && `(${source.outlet})`].filter(Boolean).join(' ');
  const title = named ? ` — ${escapeMarkdown(named)}` : '';
  const published = source.published ? ` — published ${publicationDay(source.published)}` : '';
  // A web page is named by its address, with a link to the copy verify read (relative to the report).
  const copy = source.copy === undefined ? '' : ` — [copy as read](${linkTarget(source.copy)})`;
  return `- **${escapeMarkdown(shortId)}**${fullId} ${codeSpan(source.path)}${title}${published}${copy}`;
}

function publicationDay(published: PublicationDate): string {
  return `${escapeMarkdown(displayDay(published.day))}${published.yearInferred ? ' (year inferred)' : ''}`;
}

/** A path as a Markdown link's target: forward slashes, and escaped so that no space or bracket ends the link. */
function linkTarget(path: string): string {
  return encodeURI(path.split('\\').join('/')).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}
