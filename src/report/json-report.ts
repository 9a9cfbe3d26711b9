import type { SourceInfo, Event, EventRole, Finding, FindingReason, Grouping, Mention, Report, SourceEvent, Span, ValueType, Verdict } from '../model/types.js';
import { countVerdicts, type VerdictCounts } from './count-verdicts.js';
import { displayValue, isoDateText, jsonValueParts, type JsonValueParts } from '../values/index.js';
import { claimLabel, shownQuote } from './report-view.js';
import { lazyMap, type LazyList } from './json-stream.js';

// The JSON contract CI users read. Field order here is the order in the output; schema/report.schema.json must
// describe exactly these shapes (tests check both directions).

export interface JsonSource {
  id: string;
  /** The file as named, or a web page's address. */
  path: string;
  /** A web page's copy in the cache folder. */
  copy?: string;
  title?: string;
  /** The outlet the page names (og:site_name, front matter). */
  outlet?: string;
  /** ISO day */
  published?: string;
}

export interface JsonEvent {
  id: string;
  label: string;
  date?: string;
  sources: string[];
  background: boolean;
  /** Each account of the event, with what put it there. */
  members: JsonMember[];
}

export interface JsonMember {
  source: string;
  role: EventRole;
  date?: string;
  how: Grouping['how'];
  reason: string;
  /** What ties it to the event (for one that started its own: to the nearest other event). */
  for: string[];
  against: string[];
  /** For one that started its own event: the nearest other event's id. */
  nearest?: string;
}

export interface JsonMentionValue extends JsonValueParts {
  source: string;
  text: string;
  /** The quote as a reader sees it, when that differs from `text`: an HTML or Markdown source's references decoded. */
  shown?: string;
  line: number;
  column: number;
  display: string;
  type: ValueType;
  attribution?: string;
  /** A whole read as the sum of its parts: each part's quote (text, line and column above are the first part's). */
  parts?: { text: string; shown?: string; line: number; column: number; display: string }[];
  /** One of a source's successive figures of a running tally: its earlier count or its later one. */
  sequence?: 'earlier' | 'later';
  /** The day the text dates that figure to, when the days ordered the figures (ISO day). */
  asOf?: string;
}

export interface JsonFinding {
  id: string;
  claim: string;
  label: string;
  event: string;
  verdict: Verdict;
  summary: string;
  /** Why, where the verdict alone does not say: `updated-count` (variance), `authorities` (conflict). */
  reason?: FindingReason;
  values: JsonMentionValue[];
}

export interface JsonReport {
  schemaVersion: 1;
  sources: JsonSource[];
  events: JsonEvent[];
  findings: JsonFinding[];
  summary: VerdictCounts;
  /** Present when the run used a baseline: the findings it accepts (they do not fail the run) and its stale entries. */
  baseline?: JsonBaseline;
}

export interface JsonBaseline {
  file: string;
  accepted: { finding: string; reason: string }[];
  stale: { event: string; claim: string; verdict: Verdict; quotes: { source: string; text: string }[]; reason: string; line?: number }[];
}

/** The JSON report with its long lists made an item at a time as they are written (json-stream.ts). */
export type JsonReportLists = Omit<JsonReport, 'sources' | 'events' | 'findings'> & {
  sources: LazyList<JsonSource>;
  events: LazyList<JsonEvent>;
  findings: LazyList<JsonFinding>;
};

export function jsonReportLists(report: Report): JsonReportLists {
  const eventOf = new Map<SourceEvent, string>();
  for (const event of report.events) for (const member of event.members) eventOf.set(member, event.id);
  return {
    schemaVersion: 1,
    sources: lazyMap(report.sources, jsonSource),
    events: lazyMap(report.events, (event) => jsonEvent(event, eventOf)),
    findings: lazyMap(report.findings, (finding) => jsonFinding(report, finding)),
    summary: countVerdicts(report),
    ...(report.baseline ? { baseline: jsonBaseline(report.baseline) } : {}),
  };
}

function jsonBaseline(b: NonNullable<Report['baseline']>): JsonBaseline {
  return {
    file: b.file,
    accepted: b.accepted.map(({ finding, reason }) => ({ finding, reason })),
    stale: b.stale.map(({ event, claim, verdict, quotes, reason, line }) => ({ event, claim, verdict, quotes, reason, ...(line === undefined ? {} : { line }) })),
  };
}

export function toJsonReport(report: Report): JsonReport {
  const lists = jsonReportLists(report);
  return { ...lists, sources: lists.sources.toArray(), events: lists.events.toArray(), findings: lists.findings.toArray() };
}

function jsonSource(article: SourceInfo): JsonSource {
  return {
    id: article.id,
    path: article.path,
    ...(article.copy === undefined ? {} : { copy: article.copy }),
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    ...(article.published === undefined ? {} : { published: article.published.day }),
  };
}

function jsonEvent(event: Event, eventOf: Map<SourceEvent, string>): JsonEvent {
  return {
    id: event.id,
    label: event.label,
    ...(event.date === undefined ? {} : { date: isoDateText(event.date) }),
    sources: [...event.sources],
    background: event.background,
    members: event.members.map((member) => jsonMember(member, eventOf)),
  };
}

function jsonMember(member: SourceEvent, eventOf: Map<SourceEvent, string>): JsonMember {
  const grouping = member.grouping;
  const nearest = grouping?.nearest && eventOf.get(grouping.nearest);
  return {
    source: member.source,
    role: member.role,
    ...(member.date === undefined ? {} : { date: isoDateText(member.date) }),
    how: grouping?.how ?? 'started',
    reason: grouping?.reason ?? '',
    for: grouping?.for ?? [],
    against: grouping?.against ?? [],
    ...(nearest === undefined ? {} : { nearest }),
  };
}

export function jsonFinding(report: Report, finding: Finding): JsonFinding {
  return {
    id: finding.id,
    claim: finding.claim,
    label: claimLabel(report, finding.claim),
    event: finding.event,
    verdict: finding.verdict,
    summary: finding.summary,
    ...(finding.reason === undefined ? {} : { reason: finding.reason }),
    values: finding.mentions.map((mention) => jsonMentionValue(report, mention)),
  };
}

function jsonMentionValue(report: Report, mention: Mention): JsonMentionValue {
  return {
    source: mention.source,
    text: mention.span.text,
    ...shownField(report, mention.span),
    line: mention.span.line,
    column: mention.span.column,
    ...jsonValueParts(mention.value),
    display: displayValue(mention.value),
    type: mention.value.type,
    ...(mention.attribution === undefined ? {} : { attribution: mention.attribution }),
    ...(mention.parts ? { parts: mention.parts.map((p) => ({ text: p.span.text, ...shownField(report, p.span), line: p.span.line, column: p.span.column, display: displayValue(p.value) })) } : {}),
    ...(mention.sequence ? { sequence: mention.sequence.order, ...(mention.sequence.day ? { asOf: mention.sequence.day } : {}) } : {}),
  };
}

/** `shown` when a reader sees the quote otherwise than its exact text. */
function shownField(report: Report, span: Span): { shown?: string } {
  const shown = shownQuote(report, span);
  return shown === span.text ? {} : { shown };
}
