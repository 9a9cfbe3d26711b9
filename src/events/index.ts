import type { DateValue, Event, IsoDay, SourceEvent } from '../model/types.js';
import { clusterWithReadings } from './cluster.js';
import { saysWhatItIs } from './evidence.js';
import { labelOf } from './label.js';
import { precision, splitBySourceEvent, type EventInput } from './sourceEvents.js';
import type { KindInfo, RelateFn } from './types.js';
import { compareText } from '../util/compareText.js';

export type { EventInput } from './sourceEvents.js';
export type { KindInfo, RelateFn } from './types.js';

/** An article whose publication year is a guess: its candidate days, the guess first, and how to read it as of one. */
export interface Undecided {
  days: IsoDay[];
  read: (published: IsoDay) => EventInput;
}

/**
 * Ties every mention to the event it describes, merging the same happening across sources. For an
 * article in `undecided` (its entry in `inputs` read as of the guess), the reading the other sources
 * support is kept and returned in `chosen`.
 */
export function buildEvents(
  inputs: EventInput[],
  kinds: Map<string, KindInfo>,
  relate: RelateFn,
  categoryLabels: Map<string, string>,
  undecided: ReadonlyMap<string, Undecided> = new Map(),
): { events: Event[]; chosen: Map<string, IsoDay> } {
  // What says which happening an account is about: another place or kind of thing the day before is another one.
  const identity = (kind: string) => {
    const info = kinds.get(kind);
    return info !== undefined && saysWhatItIs(info);
  };
  const split = (input: EventInput) => splitBySourceEvent(input, relate, identity);
  const sourceEvents = inputs.filter((input) => !undecided.has(input.source)).flatMap(split);
  const open = [...undecided.values()];
  const readings = open.map((u) => ({ days: u.days, read: (day: IsoDay) => split(u.read(day)) }));
  const { clusters, chosen } = clusterWithReadings(sourceEvents, readings, kinds, relate);
  const order = new Map(inputs.map((input, i) => [input.source, i]));
  const events = clusters.map((members) => toEvent(members, order, categoryLabels));
  events.sort(
    (a, b) =>
      Number(a.background) - Number(b.background) ||
      b.sources.length - a.sources.length ||
      compareText(b.date?.earliest ?? '', a.date?.earliest ?? '') ||
      firstOrder(a, order) - firstOrder(b, order),
  );
  const used = new Map<string, number>();
  for (const e of events) {
    const base = e.date?.earliest && e.date.earliest === e.date.latest ? e.date.earliest : e.date?.earliest ? `${e.date.earliest.slice(0, 7)}` : 'undated';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return { events, chosen: new Map([...undecided.entries()].map(([source, u], i) => [source, u.days[chosen[i] ?? 0]])) };
}

function toEvent(members: SourceEvent[], order: Map<string, number>, categoryLabels: Map<string, string>): Event {
  const sources = [...new Set(members.map((m) => m.source))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const date = bestDate(members.map((m) => m.date));
  const event: Event = { id: '', label: '', date, background: members.every((m) => m.role === 'other'), sources, members };
  event.label = labelOf(event, categoryLabels);
  return event;
}

/** The most precise date the members give, the most common among equals. */
function bestDate(dates: (DateValue | undefined)[]): DateValue | undefined {
  const known = dates.filter((d): d is DateValue => d !== undefined);
  if (!known.length) return undefined;
  const top = Math.max(...known.map(precision));
  const best = known.filter((d) => precision(d) === top);
  const count = (d: DateValue) => best.filter((x) => x.earliest === d.earliest && x.latest === d.latest).length;
  return [...best].sort((a, b) => count(b) - count(a) || compareText(a.earliest ?? '', b.earliest ?? ''))[0];
}

function firstOrder(e: Event, order: Map<string, number>): number {
  return Math.min(...e.sources.map((s) => order.get(s) ?? 0));
}
