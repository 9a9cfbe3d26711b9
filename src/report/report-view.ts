import type { SourceInfo, Event, Finding, FindingReason, Mention, Report, Span } from '../model/types.js';
import { decodedForDisplay } from '../util/entities.js';
import { unlistedKindLabel } from '../util/unlistedKinds.js';
import { displayDay } from '../util/calendarNames.js';
import { pushTo } from '../util/multimap.js';

// Read-only lookups over a Report that several formatters need. Nothing here sorts: input order is the contract.

interface ReportIndex {
  kindLabels: Map<string, string>;
  events: Map<string, Event>;
  findingsByEvent: Map<string, Finding[]>;
  sourcePaths: Map<string, string>;
  /** Sources whose quotes hold character references. */
  withReferences: Set<string>;
}

// Built once per report: a report of thousands of events looked each one up by scanning every list.
const indexes = new WeakMap<Report, ReportIndex>();

function indexOf(report: Report): ReportIndex {
  let index = indexes.get(report);
  if (!index) {
    const findingsByEvent = new Map<string, Finding[]>();
    for (const finding of report.findings) pushTo(findingsByEvent, finding.event, finding);
    index = {
      kindLabels: firstBy(report.knowledge.kinds, (kind) => kind.key, (kind) => kind.label),
      events: firstBy(report.events, (event) => event.id, (event) => event),
      findingsByEvent,
      // Where quotes point: the file, or a web page's copy as verify read it.
      sourcePaths: firstBy(report.sources, (source) => source.id, (source) => source.copy ?? source.path),
      withReferences: new Set(report.sources.filter((source) => source.references).map((source) => source.id)),
    };
    indexes.set(report, index);
  }
  return index;
}

/** A map from key to value where the first item with a key wins, as a search through the list would find it. */
function firstBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), value(item));
  return map;
}

/** The claim kind's label from the knowledge tables, or its key when the kind is unknown. */
export function claimLabel(report: Report, claimKey: string): string {
  const label = indexOf(report).kindLabels.get(claimKey);
  if (label) return label;
  // Kinds no pack names are labelled by what they measure: "open claim: length", "length of the dam".
  return unlistedKindLabel(claimKey) ?? claimKey;
}

/** Event label by id, or the id itself for a finding that names an event the report lacks. */
export function eventLabel(report: Report, eventId: string): string {
  return indexOf(report).events.get(eventId)?.label ?? eventId;
}

/** Events in the given order, the compared ones before the background ones. */
export function eventsInReportOrder(report: Report): Event[] {
  return [...report.events.filter((event) => !event.background), ...report.events.filter((event) => event.background)];
}

export function findingsOfEvent(report: Report, eventId: string): Finding[] {
  return indexOf(report).findingsByEvent.get(eventId) ?? [];
}

/** The distinct sources a finding quotes, in mention order. */
export function sourcesOfFinding(finding: Finding): string[] {
  return [...new Set(finding.mentions.map((mention) => mention.source))];
}

// What each reason adds to its verdict, in words: every reason has its words (the type says so).
const REASON_WORDS: Record<FindingReason, string> = {
  'updated-count': 'updated count',
  authorities: 'between authorities',
  'across-midnight': 'across a midnight',
  'different-states': 'different states',
  'hedged-state': 'one told as a suspicion',
  'states-may-coexist': 'states that may both hold',
};

/** What a finding's reason adds to its verdict, in words: "updated count", "between authorities", or nothing. */
export function reasonWords(finding: Pick<Finding, 'reason'>): string | undefined {
  return finding.reason && REASON_WORDS[finding.reason];
}

/** Which of a source's successive figures a value is: "earlier count", "later count, 10 May 2026", or nothing. */
export function sequenceWords(mention: Mention): string | undefined {
  if (!mention.sequence) return undefined;
  return `${mention.sequence.order} count${mention.sequence.day ? `, ${displayDay(mention.sequence.day)}` : ''}`;
}

/** A conflict inside one article (typically its own wrong unit conversion), not between articles. */
export function isInternalConflict(finding: Finding): boolean {
  return finding.verdict === 'conflict' && sourcesOfFinding(finding).length === 1;
}

/**
 * Short column names: the part of the id before the first `_` ("000" for "000_e0e358a6") when no other source
 * shares that part, else the whole id.
 */
export function shortSourceIds(sources: SourceInfo[]): Map<string, string> {
  const prefixOf = (id: string) => id.split('_')[0] || id;
  const prefixUses = new Map<string, number>();
  for (const source of sources) prefixUses.set(prefixOf(source.id), (prefixUses.get(prefixOf(source.id)) ?? 0) + 1);
  return new Map(
    sources.map((source) => [source.id, prefixUses.get(prefixOf(source.id)) === 1 ? prefixOf(source.id) : source.id]),
  );
}

/** The file name of a source path, for compact `file:line` references (both separators, whatever the OS). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** The file a source's quotes point into: the article as named, or a web page's copy as verify read it. */
export function sourcePath(report: Report, sourceId: string): string {
  return indexOf(report).sourcePaths.get(sourceId) ?? sourceId;
}

/** A quote as a reader sees it: character references of an HTML or Markdown source decoded, others verbatim. */
export function shownQuote(report: Report, span: Span): string {
  return indexOf(report).withReferences.has(span.source) ? decodedForDisplay(span.text) : span.text;
}

/** The first mention a source contributes to a finding. */
export function firstMentionOf(finding: Finding, sourceId: string): Mention | undefined {
  return finding.mentions.find((mention) => mention.source === sourceId);
}
