// A candidate claim in the fields a reviewer reads and edits. The reader derives the same fields from each claim's
// `raw` record: where the file's fields still equal them, the claim is as extracted; where not, the editor's win.
import type { Candidate, EventRole, Knowledge, Mention, RawValue, Recognizer } from '../../model/types.js';
import { weekdayName } from '../../util/calendarNames.js';
import { evidenceOf, intervalText } from '../../report/value-facts.js';

/** What a reviewer may change; everything else in a claim is shown for checking and read from `raw`. */
export interface EditableFields {
  key: string;
  value: number | string;
  /** The upper figure of a range ("3,000 to 5,500 km"). */
  high?: number;
  unit?: string;
  hedge?: string;
  quote?: string;
  line?: number;
  column?: number;
  role: EventRole;
  attribution?: string;
}

/** The candidate as extracted, less what the run gives it (its source id): what rebuilds it exactly. */
export type RawClaim = Omit<Candidate, 'source' | 'span'> & { span: Omit<Candidate['span'], 'source'> };

export interface ClaimRecord extends EditableFields {
  interval?: string;
  anchor?: string;
  evidence: 'identity' | 'tested';
  'found-by': Recognizer;
  'as-extracted'?: RawClaim;
}

/** The order fields are written in: what the claim says, where it stands, then what placed it. */
export const CLAIM_FIELDS = ['key', 'value', 'high', 'unit', 'hedge', 'interval', 'quote', 'line', 'column', 'role', 'anchor', 'evidence', 'found-by', 'attribution', 'as-extracted'] as const;
export const EDITABLE_FIELDS = ['key', 'value', 'high', 'unit', 'hedge', 'quote', 'line', 'column', 'role', 'attribution'] as const;
export const VALUE_FIELDS = ['value', 'high', 'unit', 'hedge'] as const;
export const SPAN_FIELDS = ['quote', 'line', 'column'] as const;

/** The editable fields of a candidate, as the writer puts them and the reader expects them when nothing was edited. */
export function editableFields(c: Pick<RawClaim, 'kind' | 'raw' | 'span' | 'role' | 'attribution'>): EditableFields {
  return {
    key: c.kind,
    ...valueFields(c.raw),
    quote: c.span.text,
    line: c.span.line,
    column: c.span.column,
    role: c.role,
    ...(c.attribution === undefined ? {} : { attribution: c.attribution }),
  };
}

/** The whole record written for a candidate; `preview` is the candidate normalized, for its interval and anchor. */
export function claimRecord(c: Candidate, preview: Mention | undefined, knowledge: Knowledge): ClaimRecord {
  const { source: _source, span, ...rest } = c;
  const { source: _spanSource, ...where } = span;
  const kind = knowledge.kinds.find((k) => k.key === c.kind);
  const units = new Map(knowledge.units.map((u) => [u.id, u]));
  const interval = preview && intervalText(preview.value, units);
  const fields = editableFields(c);
  return {
    key: fields.key,
    value: fields.value,
    ...(fields.high === undefined ? {} : { high: fields.high }),
    ...(fields.unit === undefined ? {} : { unit: fields.unit }),
    ...(fields.hedge === undefined ? {} : { hedge: fields.hedge }),
    ...(interval === undefined ? {} : { interval }),
    quote: fields.quote,
    line: fields.line,
    column: fields.column,
    role: fields.role,
    ...(c.anchor ? { anchor: anchorText(c.anchor, preview) } : {}),
    evidence: evidenceOf(kind, c.raw.type),
    'found-by': c.tag,
    ...(fields.attribution === undefined ? {} : { attribution: fields.attribution }),
    'as-extracted': { ...rest, span: where },
  };
}

/** The date that ties the claim to a happening, as stated and as placed: "Thursday (2026-03-12)". */
function anchorText(anchor: NonNullable<Candidate['anchor']>, preview: Mention | undefined): string {
  const placed = preview?.anchor && intervalText(preview.anchor.date, new Map());
  const stated = rawDateText(anchor.raw);
  const text = placed && placed !== stated ? `${stated} (${placed})` : stated;
  return anchor.reference ? `${text}, an earlier happening` : text;
}

/** value, high, unit and hedge of a raw value; a time's zone is its unit. */
export function valueFields(raw: RawValue): Pick<EditableFields, 'value' | 'high' | 'unit' | 'hedge'> {
  switch (raw.type) {
    case 'quantity':
      return {
        value: raw.number.value,
        ...(raw.high ? { high: raw.high.value } : {}),
        unit: raw.unit,
        ...(raw.hedge === 'exact' ? {} : { hedge: raw.hedge }),
      };
    case 'date':
      return { value: rawDateText(raw) };
    case 'time':
      return { value: clock(raw.minutes), ...(raw.zone ? { unit: raw.zone } : {}), ...(raw.hedge === 'exact' ? {} : { hedge: raw.hedge }) };
    case 'place':
      return { value: raw.name };
    case 'category':
      return { value: raw.id };
    case 'statement':
      return { value: raw.state, ...(raw.hedged ? { hedge: SUSPECTED } : {}) };
  }
}

/** The hedge of a statement told as a suspicion or a likelihood. */
export const SUSPECTED = 'suspected';

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const pad = (n: number) => String(n).padStart(2, '0');

const RELATIVE_WORDS: Record<string, string> = {
  today: 'today',
  yesterday: 'yesterday',
  'last-week': 'last week',
  'this-week': 'this week',
  'last-month': 'last month',
  'this-month': 'this month',
  'last-year': 'last year',
};

/** A date as stated: "2025-06-09", "2025-06", "--06-09" (no year), "Monday", "3 days ago", "the 9th". */
export function rawDateText(raw: Extract<RawValue, { type: 'date' }>): string {
  if (raw.relative === 'days-ago') return `${raw.daysAgo ?? '?'} days ago`;
  if (raw.relative === 'day-of-month') return `day ${raw.day ?? '?'} of the month`;
  if (raw.relative && raw.relative !== 'weekday') return RELATIVE_WORDS[raw.relative] ?? raw.relative;
  const parts = [raw.year === undefined ? '-' : String(raw.year), raw.month === undefined ? undefined : pad(raw.month), raw.day === undefined ? undefined : pad(raw.day)];
  const calendar = raw.month === undefined && raw.year === undefined ? '' : parts.filter((p) => p !== undefined).join('-');
  const weekday = raw.weekday === undefined ? '' : weekdayName(raw.weekday);
  return calendar && weekday ? `${calendar} (${weekday})` : calendar || weekday || 'a date';
}
