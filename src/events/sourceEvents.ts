import type { DateValue, IsoDay, Mention, SourceEvent } from '../model/types.js';
import { daysBetween } from '../util/days.js';
import { pushTo } from '../util/multimap.js';
import { OPEN_DATE } from '../util/unlistedKinds.js';
import type { RelateFn } from './types.js';
import { compareText } from '../util/compareText.js';

export interface EventInput {
  source: string;
  published?: IsoDay;
  /** Length of the original file: the lead is its first part. */
  length: number;
  mentions: Mention[];
}

// The article's own event is dated in its lead (its first sentences, headline included); a date far
// down the page is history or context.
const LEAD_SENTENCES = 8;
const RECENT_DAYS = 7;


/**
 * Splits one article's mentions into the happenings it tells of: its main event (dated by the
 * first date in its lead that is not introduced as an earlier happening) and the others it recalls.
 */
export function splitBySourceEvent(input: EventInput, relate: RelateFn, identity: (kind: string) => boolean): SourceEvent[] {
  const sorted = [...input.mentions].sort((a, b) => a.span.start - b.span.start);
  // The happening's date is the one the lead gives it: the first lead sentence that names a day (or a
  // weekday) dates it, and of that sentence's days the earliest (reports, statements and investigations
  // follow the happening: "investigators on Monday began examining how the plane overshot on Sunday
  // night"). A later sentence's date is something else the lead mentions (an embedded post, a forecast).
  const leadMentions = sorted.filter((m) => m.role === 'main' && m.anchor && !m.anchor.reference && m.sentence < LEAD_SENTENCES && !isYearOnly(m.anchor.date));
  // News is recent: a lead date weeks before publication is a reminder of something older.
  const recent = (d: DateValue) => !input.published || !d.latest || daysBetween(d.latest, input.published) <= RECENT_DAYS;
  const dayLike = (d: DateValue) => precision(d) === 4 || (d.stated.weekday && !d.earliest);
  // A day the lead says is the happening's own ("6:48 a.m. Wednesday in Seoul") outranks one in the page's zone.
  const first =
    leadMentions.find((m) => m.anchor!.date.stated.local && dayLike(m.anchor!.date) && recent(m.anchor!.date)) ??
    leadMentions.find((m) => dayLike(m.anchor!.date) && recent(m.anchor!.date));
  const leadDates = (first ? leadMentions.filter((m) => m.sentence === first.sentence) : leadMentions).map((m) => m.anchor!.date);
  // An exact day beats a span ("last week" in a lead is usually something earlier); among days, the earliest.
  const placed = leadDates
    .filter((d) => d.earliest && recent(d))
    .sort((a, b) => precision(b) - precision(a) || compareText(a.earliest!, b.earliest!));
  const mainDate = placed[0] ?? leadDates.find(recent) ?? leadDates[0];
  const main: SourceEvent = { source: input.source, role: 'main', date: mainDate, mentions: [] };
  const others: SourceEvent[] = [];
  const file = (m: Mention, date: DateValue) => {
    let other = others.find((o) => o.date && relate('', o.date, date) !== 'apart');
    if (!other) {
      other = { source: input.source, role: 'other', date, mentions: [] };
      others.push(other);
    } else if (precision(date) > precision(other.date!)) other.date = date;
    other.mentions.push(m);
  };
  // What the lead's day before tells, by day: the main news (a time zone, the night before) unless it names
  // another place or kind of thing than the main news does ("On Tuesday, the North fired two from Sukchon").
  // A piece no pack reads (its own dates kept as open claims) tells a happening no pack knows, which may run for days
  // ("broke out on Tuesday … 15% contained by Thursday"): the days of its week are all its news.
  const unknownSubject = input.mentions.some((m) => m.kind === OPEN_DATE);
  const sameWeek = (d: DateValue) =>
    precision(d) === 4 && mainDate?.earliest !== undefined && Math.abs(daysBetween(d.earliest!, mainDate.earliest)) <= RECENT_DAYS;
  const dayBefore = new Map<string, Mention[]>();
  for (const m of sorted) {
    const anchor = m.anchor;
    if (!anchor) {
      if (m.role === 'main') main.mentions.push(m);
      continue;
    }
    // A date is the main event's when it agrees with the main date, or misses it by a day (a page date
    // a day off); a coarse date ("in 2025") that cannot be placed against it is another happening.
    const relation = mainDate ? relate('', anchor.date, mainDate) : 'apart';
    const aboutMain =
      !anchor.reference && m.role === 'main' && (relation === 'same' || (relation === 'close' && precision(anchor.date) === 4) || (unknownSubject && sameWeek(anchor.date)));
    if (aboutMain && relation === 'close' && (anchor.date.latest! < mainDate!.earliest! || anchor.date.earliest! > mainDate!.latest!)) pushTo(dayBefore, anchor.date.latest!, m);
    else if (aboutMain) main.mentions.push(m);
    else file(m, anchor.date);
  }
  for (const told of dayBefore.values()) {
    // "Tuesday's launch" in a report of Wednesday's names the day before's happening outright.
    if (told.some((m) => m.anchor!.names) || namesAnother(told, main.mentions, relate, identity)) for (const m of told) file(m, m.anchor!.date);
    else main.mentions.push(...told);
  }
  main.mentions.sort((a, b) => a.span.start - b.span.start);
  return [main, ...others].filter((e) => e.mentions.length > 0);
}

/** Whether `told` names a place or a kind of thing (what `identity` says tells happenings apart) that none of the main news's of that kind is. */
function namesAnother(told: Mention[], main: Mention[], relate: RelateFn, identity: (kind: string) => boolean): boolean {
  return told.some((m) => {
    if (!identity(m.kind)) return false;
    const same = main.filter((x) => x.kind === m.kind);
    return same.length > 0 && same.every((x) => relate(m.kind, m.value, x.value) === 'apart');
  });
}

function isYearOnly(d: DateValue): boolean {
  return d.stated.year && !d.stated.month && !d.stated.day && !d.stated.weekday;
}

/** Higher is more precise: an exact day beats a month, a month beats a bare weekday or year. */
export function precision(d: DateValue | undefined): number {
  if (!d) return 0;
  if (d.earliest && d.earliest === d.latest) return 4; // most dates are one day: no calendar arithmetic
  if (d.earliest && d.latest) {
    const days = daysBetween(d.earliest, d.latest);
    return days === 0 ? 4 : days <= 7 ? 3 : days <= 31 ? 2 : 1;
  }
  return 0.5;
}
