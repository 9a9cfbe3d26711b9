import type { DateValue, Event, SourceEvent } from '../model/types.js';
import { clusterSourceEvents } from './cluster.js';
import { labelOf } from './label.js';
import { precision, splitBySourceEvent, type EventInput } from './sourceEvents.js';
import type { KindInfo, RelateFn } from './types.js';

export type { EventInput } from './sourceEvents.js';
export type { KindInfo, RelateFn } from './types.js';

/** Ties every mention to the event it describes, merging the same happening across sources. */
export function buildEvents(inputs: EventInput[], kinds: Map<string, KindInfo>, relate: RelateFn, categoryLabels: Map<string, string>): Event[] {
  const sourceEvents = inputs.flatMap((input) => splitBySourceEvent(input, relate));
  const clusters = clusterSourceEvents(sourceEvents, kinds, relate);
  const order = new Map(inputs.map((input, i) => [input.source, i]));
  const events = clusters.map((members) => toEvent(members, order, categoryLabels));
  events.sort(
    (a, b) =>
      Number(a.background) - Number(b.background) ||
      b.sources.length - a.sources.length ||
      (b.date?.earliest ?? '').localeCompare(a.date?.earliest ?? '') ||
      firstOrder(a, order) - firstOrder(b, order),
  );
  const used = new Map<string, number>();
  for (const e of events) {
    const base = e.date?.earliest && e.date.earliest === e.date.latest ? e.date.earliest : e.date?.earliest ? `${e.date.earliest.slice(0, 7)}` : 'undated';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return events;
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
  return [...best].sort((a, b) => count(b) - count(a) || (a.earliest ?? '').localeCompare(b.earliest ?? ''))[0];
}

function firstOrder(e: Event, order: Map<string, number>): number {
  return Math.min(...e.sources.map((s) => order.get(s) ?? 0));
}
