// Hand-built Reports for the formatter tests: three sources, a background event listed first (the formatters must
// move it last), findings of every verdict including a source's conflict with itself, and every Value type.
import type {
  Article,
  CategoryValue,
  ClaimKind,
  DateValue,
  Event,
  EventRole,
  Finding,
  Hedge,
  Mention,
  PlaceValue,
  QuantityValue,
  Report,
  TimeValue,
  Value,
  ValueType,
  Verdict,
} from '../../src/model/types.js';

export function article(id: string, path: string, extra: Partial<Article> = {}): Article {
  return { id, path, original: '', text: '', origin: { textStarts: [0], origStarts: [0] }, blocks: [], ...extra };
}

export function kind(key: string, label: string, type: ValueType): ClaimKind {
  return { key, label, type, cues: [], excludeCues: [], file: 'claims/launch.yaml', line: 1 };
}

export function quantity(stated: number, unit: string, hedge: Hedge = 'exact', extra: Partial<QuantityValue> = {}): QuantityValue {
  const factor = unit === 'mi' ? 1609.344 : 1000;
  const base = stated * factor;
  return { type: 'quantity', dimension: 'length', stated, unit, hedge, base, lo: base * 0.95, hi: base * 1.05, ...extra };
}

export function day(iso: string, stated: Partial<DateValue['stated']> = {}, extra: Partial<DateValue> = {}): DateValue {
  return range(iso, iso, stated, extra);
}

export function range(earliest: string, latest: string, stated: Partial<DateValue['stated']> = {}, extra: Partial<DateValue> = {}): DateValue {
  return {
    type: 'date',
    earliest,
    latest,
    stated: { year: false, month: true, day: true, weekday: false, ...stated },
    ...extra,
  };
}

export function time(hours: number, minutes: number, zone?: string, slack = 0): TimeValue {
  const at = hours * 60 + minutes;
  return { type: 'time', minutes: at, lo: at - slack, hi: at + slack, ...(zone ? { zone } : {}) };
}

export function place(name: string, within: string[] = []): PlaceValue {
  return { type: 'place', name, within };
}

export function category(id: string, label: string, lineage: string[] = [id]): CategoryValue {
  return { type: 'category', id, label, lineage };
}

/** A mention whose span sits at line:column of the source; offsets are fake but consistent. */
export function mention(
  claim: string,
  source: string,
  text: string,
  at: [line: number, column: number],
  value: Value,
  attribution?: string,
  role: EventRole = 'main',
): Mention {
  const start = at[0] * 100 + at[1];
  return {
    id: `${source}:${start}`,
    kind: claim,
    source,
    span: { source, start, end: start + text.length, line: at[0], column: at[1], text },
    value,
    tag: 'fixture',
    sentence: at[0],
    role,
    ...(attribution ? { attribution } : {}),
  };
}

export function finding(id: string, claim: string, event: string, verdict: Verdict, summary: string, mentions: Mention[]): Finding {
  return { id, claim, event, verdict, summary, mentions };
}

export function event(id: string, label: string, sources: string[], extra: Partial<Event> = {}): Event {
  return { id, label, sources, background: false, members: [], ...extra };
}

const kinds = () => [
  kind('launch.distance', 'distance', 'quantity'),
  kind('launch.date', 'date', 'date'),
  kind('launch.time', 'time of day', 'time'),
  kind('launch.missile', 'missile type', 'category'),
  kind('launch.landing', 'landing area', 'place'),
  kind('launch.origin', 'origin', 'place'),
];

const sources = () => [
  article('000_alpha', 'sources/000_alpha.txt', { title: 'North Korea fires missile', published: { day: '2025-01-06', from: 'front-matter' } }),
  article('001_beta', 'sources/001_beta.md', { title: 'Missile lands in sea', published: { day: '2025-01-14', from: 'dateline' } }),
  article('002_gamma', 'sources/nested/002_gamma.html'),
];

const MAIN = 'e-2025-01-06';
const LATER = 'e-2025-01-14';
const HISTORY = 'e-2024-11-05';

export function seedReport(): Report {
  return {
    sources: sources(),
    knowledge: { kinds: kinds(), places: [], categories: [], units: [] },
    events: [
      event(HISTORY, 'Launch of 5 Nov 2024', ['000_alpha', '001_beta'], { background: true, date: day('2024-11-05') }),
      event(MAIN, 'Launch of 6 Jan 2025', ['000_alpha', '001_beta', '002_gamma'], { date: day('2025-01-06') }),
      event(LATER, 'Launch of 14 Jan 2025', ['001_beta'], { date: day('2025-01-14') }),
    ],
    findings: [
      finding('f1', 'launch.distance', MAIN, 'conflict', '1,100 km and 1,500 km are more than 5% apart.', [
        mention('launch.distance', '000_alpha', 'approximately 1,100 kilometers', [5, 12], quantity(1100, 'km', 'approximately'), "South Korea's military"),
        mention('launch.distance', '001_beta', '1,500 km', [9, 1], quantity(1500, 'km')),
      ]),
      finding('f2', 'launch.date', MAIN, 'agree', 'Monday (001) is 6 Jan 2025; last week (002) covers it.', [
        mention('launch.date', '000_alpha', 'Jan. 6', [3, 20], day('2025-01-06')),
        mention('launch.date', '001_beta', 'Monday', [4, 8], day('2025-01-06', { month: false, day: false, weekday: true }, { weekday: 1, relativeTo: '2025-01-14' })),
        mention('launch.date', '002_gamma', 'last week', [2, 30], range('2025-01-06', '2025-01-12', { month: false, day: false }, { relativeTo: '2025-01-14' })),
      ]),
      finding('f3', 'launch.time', MAIN, 'variance', 'Noon and 12:10 differ by less than the rounding of "around noon".', [
        mention('launch.time', '000_alpha', 'around noon', [5, 50], time(12, 0, 'local', 30)),
        mention('launch.time', '002_gamma', '12:10 p.m. KST', [3, 1], time(12, 10, 'KST')),
      ]),
      finding('f4', 'launch.missile', MAIN, 'agree', 'Both name an intermediate-range ballistic missile.', [
        mention('launch.missile', '000_alpha', 'intermediate-range ballistic missile', [6, 4], category('IRBM', 'intermediate-range ballistic missile')),
        mention('launch.missile', '001_beta', 'hypersonic IRBM', [2, 15], category('IRBM', 'intermediate-range ballistic missile')),
      ]),
      finding('f5', 'launch.landing', MAIN, 'agree', 'East Sea is the Korean name of the Sea of Japan.', [
        mention('launch.landing', '000_alpha', 'East Sea', [7, 33], place('Sea of Japan')),
        mention('launch.landing', '002_gamma', 'Sea of Japan', [4, 2], place('Sea of Japan')),
      ]),
      finding('f6', 'launch.origin', MAIN, 'single-source', 'Only 002 names the launch site.', [
        mention('launch.origin', '002_gamma', 'near Pyongyang', [3, 40], place('Pyongyang', ['North Korea'])),
      ]),
      finding('f7', 'launch.distance', LATER, 'conflict', '155 miles is 249 km, not 400 km: the article converts wrongly.', [
        mention('launch.distance', '001_beta', '155 miles', [12, 5], quantity(155, 'mi', 'approximately')),
        mention('launch.distance', '001_beta', '400 km', [12, 16], quantity(400, 'km')),
      ]),
      finding('f8', 'launch.time', LATER, 'single-source', 'Only 001 gives the time.', [
        mention('launch.time', '001_beta', 'around 9:30 a.m.', [13, 7], time(9, 30, 'KST', 15)),
      ]),
      finding('f9', 'launch.missile', LATER, 'single-source', 'Only 001 names the type.', [
        mention('launch.missile', '001_beta', 'short-range ballistic missiles', [12, 30], category('SRBM', 'short-range ballistic missile')),
      ]),
      finding('f10', 'launch.date', HISTORY, 'agree', 'November 2024 contains 5 Nov 2024.', [
        mention('launch.date', '000_alpha', 'in November', [20, 3], range('2024-11-01', '2024-11-30', { day: false }), undefined, 'background'),
        mention('launch.date', '001_beta', 'Nov. 5', [30, 10], day('2024-11-05'), undefined, 'background'),
      ]),
    ],
  };
}

/** A report with nothing wrong: only agreements and single-source claims. */
export function cleanReport(): Report {
  const report = seedReport();
  return { ...report, findings: report.findings.filter((f) => f.verdict === 'agree' || f.verdict === 'single-source') };
}

/** The same report with every quote replaced by `text`, for escaping tests. */
export function withQuote(report: Report, text: string): Report {
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      mentions: f.mentions.map((m) => ({ ...m, span: { ...m.span, text } })),
    })),
  };
}
