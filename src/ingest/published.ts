import type { Block, BlockKind, IsoDay, PublicationDate } from '../model/types.js';
import { inferYear, parseIsoDay, toIsoDay, type CalendarDay } from '../util/dates/calendar.js';
import { findFullDate, matchDateline, matchStamp } from '../util/dates/inMetadata.js';

export interface PublicationFacts {
  published?: PublicationDate;
  datelineMonthDay?: { month: number; day: number; latest?: IsoDay };
}

/** How many of the first body blocks may open with a dateline (a kicker line can precede it). */
const DATELINE_BLOCKS = 2;
/** The "lead" is this much body text from the top: far enough for the first paragraphs, no further. */
const LEAD_CHARS = 600;
const LEAD_KINDS: ReadonlySet<BlockKind> = new Set(['body', 'list']);
/** Date stamps sit near the top; beyond this many blocks a date line belongs to something else. */
const STAMP_BLOCKS = 40;
const MAX_STAMP_LENGTH = 200;

/**
 * The publication date, first that applies: stated metadata, a dateline, a site date stamp, the day the
 * page's address files it under (`addressed`), the first full date of the lead, `asOf`. A dateline
 * without a year takes it from a stamp, the address or the lead with the same month and day; without
 * these it is handed on as `datelineMonthDay`, for the other sources' dates to place, not after `asOf`.
 */
export function findPublished(
  text: string,
  blocks: readonly Block[],
  stated: IsoDay | undefined,
  asOf: IsoDay | undefined,
  addressed?: IsoDay,
): PublicationFacts {
  if (stated) return { published: { day: stated, from: 'front-matter' } };
  const body = blocks.filter((b) => b.kind === 'body');
  const dateline = body
    .slice(0, DATELINE_BLOCKS)
    .map((b) => matchDateline(text.slice(b.start, b.end)))
    .find((d) => d !== undefined);
  if (dateline?.kind === 'full') return { published: { day: toIsoDay(dateline.date), from: 'dateline' } };
  const stamp = findStamp(text, blocks);
  const lead = findLeadDate(text, blocks);
  const filed = addressed === undefined ? undefined : parseIsoDay(addressed);
  if (dateline) {
    const sameDay = [stamp, filed, lead].find((d) => d && d.month === dateline.month && d.day === dateline.day);
    if (sameDay) return { published: { day: toIsoDay(sameDay), from: 'dateline' } };
    // The year is for the other sources' dates to choose, --as-of only bounding it: "Jan. 14" in a run of
    // 2025 articles is 14 January 2025 whatever later day the run is made as of.
    const latest = asOf ? inferYear(dateline.month, dateline.day, asOf) : undefined;
    return { datelineMonthDay: { month: dateline.month, day: dateline.day, ...(latest ? { latest: toIsoDay(latest) } : {}) } };
  }
  if (stamp) return { published: { day: toIsoDay(stamp), from: 'dateline' } };
  if (filed) return { published: { day: toIsoDay(filed), from: 'address' } };
  if (lead) return { published: { day: toIsoDay(lead), from: 'lead' } };
  if (asOf && parseIsoDay(asOf)) return { published: { day: asOf, from: 'as-of' } };
  return {};
}

function findStamp(text: string, blocks: readonly Block[]): CalendarDay | undefined {
  for (const b of blocks.slice(0, STAMP_BLOCKS)) {
    if (b.end - b.start > MAX_STAMP_LENGTH) continue;
    const date = matchStamp(text.slice(b.start, b.end));
    if (date) return date;
  }
  return undefined;
}

function findLeadDate(text: string, blocks: readonly Block[]): CalendarDay | undefined {
  let budget = LEAD_CHARS;
  for (const b of blocks) {
    if (budget <= 0) break;
    if (!LEAD_KINDS.has(b.kind)) continue;
    const found = findFullDate(text.slice(b.start, Math.min(b.end, b.start + budget)));
    if (found) return found.date;
    budget -= b.end - b.start;
  }
  return undefined;
}
