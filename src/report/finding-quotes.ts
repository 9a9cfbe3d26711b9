import { oneLine } from './control-characters.js';
import type { JsonFinding, JsonMentionValue, JsonReport } from './json-report.js';
import { reasonWords } from './report-view.js';

// What the CI formats (SARIF, JUnit, GitHub) share: the findings a CI job is told about, and every quote behind
// one as a region of its file. Provenance comes from the JSON view (json-report.ts), never worked out again here.

/** One quoted value where it stands: a region from line:column to endLine:endColumn (exclusive), 1-based. */
export interface QuoteLocation {
  source: string;
  path: string;
  /** The exact quote. */
  text: string;
  /** The quote as a reader sees it (references decoded). */
  shown: string;
  /** The value as read ("≈1,100 km"); for a part of a sum, that part's. */
  display: string;
  attribution?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type ProblemVerdict = 'conflict' | 'variance';

export type ProblemFinding = JsonFinding & { verdict: ProblemVerdict };

/** Conflicts and variances, those of compared events before those of background events, otherwise in report order. */
export function problemFindings(json: Pick<JsonReport, 'events' | 'findings'>): ProblemFinding[] {
  const background = new Set(json.events.filter((event) => event.background).map((event) => event.id));
  const problems = json.findings.filter((finding): finding is ProblemFinding => finding.verdict === 'conflict' || finding.verdict === 'variance');
  return [...problems.filter((f) => !background.has(f.event)), ...problems.filter((f) => background.has(f.event))];
}

/** Every quote of a finding, in order: a value read as the sum of its parts gives one location per part. */
export function quoteLocations(finding: JsonFinding, pathOf: ReadonlyMap<string, string>): QuoteLocation[] {
  return finding.values.flatMap((value) => valueQuotes(value).map((quote) => ({
    source: value.source,
    path: pathOf.get(value.source) ?? value.source,
    text: quote.text,
    shown: quote.shown ?? quote.text,
    display: quote.display,
    ...(value.attribution === undefined ? {} : { attribution: value.attribution }),
    line: quote.line,
    column: quote.column,
    ...regionEnd(quote.line, quote.column, quote.text),
  })));
}

function valueQuotes(value: JsonMentionValue): { text: string; shown?: string; line: number; column: number; display: string }[] {
  return value.parts ?? [value];
}

/**
 * Where a quote starting at line:column ends, the end column pointing just past its last character. Lines break at
 * `\n` only, as the report's line numbers do (util/lines.ts), so a CR of a CRLF file is a character of its line.
 */
export function regionEnd(line: number, column: number, text: string): { endLine: number; endColumn: number } {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak === -1) return { endLine: line, endColumn: column + text.length };
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return { endLine: line + breaks, endColumn: text.length - lastBreak };
}

/** Source id to the file its quotes point into: the article, or a web page's copy as verify read it. */
export function sourcePaths(json: Pick<JsonReport, 'sources'>): Map<string, string> {
  return new Map(json.sources.map((source) => [source.id, source.copy ?? source.path]));
}

/** A conflict inside one article (typically its own wrong conversion), as report-view's isInternalConflict says. */
export function isWithinOneSource(finding: JsonFinding): boolean {
  return finding.verdict === 'conflict' && new Set(finding.values.map((value) => value.source)).size === 1;
}

/** "Distance flown — conflict (between authorities)", and " · " the event's label when given; on one line. */
export function findingHeadline(finding: JsonFinding, eventLabel?: string): string {
  const reason = isWithinOneSource(finding) ? 'within one source' : reasonWords(finding);
  const label = oneLine(finding.label);
  const event = eventLabel === undefined ? '' : ` · ${oneLine(eventLabel)}`;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} — ${finding.verdict}${reason ? ` (${reason})` : ''}${event}`;
}

/** Event id to its label. */
export function eventLabels(json: Pick<JsonReport, 'events'>): Map<string, string> {
  return new Map(json.events.map((event) => [event.id, event.label]));
}

/** `a: "about 600 km" → ≈600 km (attributed to Seoul)`, on one line. */
export function quoteWords(quote: QuoteLocation): string {
  const credit = quote.attribution === undefined ? '' : ` (attributed to ${quote.attribution})`;
  return oneLine(`${quote.source}: "${quote.shown}" → ${quote.display}${credit}`);
}

/** Findings the run's baseline accepts, by id, with the reason it gives ('' when it gives none). */
export function acceptedFindings(json: Pick<JsonReport, 'baseline'>): Map<string, string> {
  return new Map(json.baseline?.accepted.map((a) => [a.finding, a.reason]) ?? []);
}

/** What an accepted finding's note says: "accepted in verify-baseline.yaml: the ministry corrected it later". */
export function acceptedWords(file: string, reason: string): string {
  return `accepted in ${file}${reason ? `: ${reason}` : ''}`;
}
