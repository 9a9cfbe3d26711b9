// Running tallies (kinds marked `cumulative`: death tolls, evacuations): figures that differ because the
// count grew between two reports, which the report calls an updated count rather than a conflict or an agreement.
import type { IsoDay, Mention, QuantityValue } from '../model/types.js';
import { pushTo } from '../util/multimap.js';
import { relateQuantities } from '../values/index.js';

/** A figure some source gives as its earlier count, and the one it gives as its later count. */
export type Timeline = { earlier: QuantityValue; later: QuantityValue }[];

// Words that state a figure as the update of an earlier one, inside its quote: "the death toll rose to 179",
// "toll had reached 11". The quote of a count read from its lead phrase starts at that phrase.
const UPDATE_WORDING = /\b(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|grown|reached|mounted|surged|soared)\b/i;

/**
 * Each source's successive figures, labelled `earlier` and `later`, and the timeline they make. A source gives
 * successive figures when the text marks one figure as the update of smaller ones: its quote words it as one
 * ("rose to 179") and they stand before it or in its sentence ("at least 96 ... later the toll rose to 179"),
 * or its sentence is dated to a later day than theirs. A smaller figure after the update in another sentence
 * is more often a part ("two in Leon County") than a history, and is left as it is.
 */
export function sequenceFigures(mentions: Mention[], tolerance: number): { mentions: Mention[]; timeline: Timeline } {
  const bySource = new Map<string, Mention[]>();
  for (const m of mentions) if (isPlainFigure(m)) pushTo(bySource, m.source, m);
  const labels = new Map<Mention, Mention['sequence']>();
  const timeline: Timeline = [];
  for (const figures of bySource.values()) {
    const found = byWording(figures, tolerance) ?? byDay(figures, tolerance);
    if (!found) continue;
    const { later, earlier, dated } = found;
    const day = (m: Mention) => (dated ? { day: singleDay(m)! } : {});
    for (const m of figures) {
      const sameAs = (f: Mention) => relateQuantities(f.value as QuantityValue, m.value as QuantityValue, tolerance) === 'same';
      if (sameAs(later)) labels.set(m, { order: 'later', ...day(later) });
      else {
        const first = earlier.find(sameAs);
        if (first) labels.set(m, { order: 'earlier', ...day(first) });
      }
    }
    for (const e of earlier) timeline.push({ earlier: e.value as QuantityValue, later: later.value as QuantityValue });
  }
  return { mentions: labels.size ? mentions.map((m) => (labels.has(m) ? { ...m, sequence: labels.get(m) } : m)) : mentions, timeline };
}

/**
 * Two figures of a running tally that do not meet (`relateQuantities` found them apart), where the larger is
 * a later count: the smaller is a lower bound ("at least 13" against 40), or a source gives figures like them
 * as its earlier and its later count. A figure below a lower bound ("at least 13" against 9) is not: a count
 * that only grows cannot explain it.
 */
export function isUpdatedCount(a: QuantityValue, b: QuantityValue, timeline: Timeline, tolerance: number): boolean {
  const [small, large] = a.base <= b.base ? [a, b] : [b, a];
  if (small.base === large.base || small.qualifier !== large.qualifier) return false;
  if (small.hedge === 'at-least' || small.hedge === 'more-than') return true;
  const near = (x: QuantityValue, y: QuantityValue) => relateQuantities(x, y, tolerance) !== 'apart';
  return timeline.some((t) => near(t.earlier, small) && near(t.later, large));
}

/** A figure of its own: not narrowed by a qualifier ("two children") and not a sum of parts. */
function isPlainFigure(m: Mention): boolean {
  return m.value.type === 'quantity' && !m.value.qualifier && !m.parts;
}

type Sequence = { later: Mention; earlier: Mention[]; dated: boolean };

/** The largest figure worded as an update, and the smaller figures the text gives before it. */
function byWording(figures: Mention[], tolerance: number): Sequence | undefined {
  const updates = figures.filter((m) => UPDATE_WORDING.test(m.span.text));
  if (!updates.length) return undefined;
  const later = updates.reduce((x, y) => (quantity(y).base > quantity(x).base ? y : x));
  const earlier = figures.filter(
    (m) => (m.span.start < later.span.start || m.sentence === later.sentence) && isBelow(m, later, tolerance),
  );
  return earlier.length ? { later, earlier: distinct(earlier, tolerance), dated: false } : undefined;
}

/** The largest figure of the latest day the text dates figures to, and the smaller figures of earlier days. */
function byDay(figures: Mention[], tolerance: number): Sequence | undefined {
  const dated = figures.filter((m) => singleDay(m) !== undefined);
  if (dated.length < 2) return undefined;
  const lastDay = dated.map((m) => singleDay(m)!).reduce((x, y) => (y > x ? y : x));
  const later = dated.filter((m) => singleDay(m) === lastDay).reduce((x, y) => (quantity(y).base > quantity(x).base ? y : x));
  const earlier = dated.filter((m) => singleDay(m)! < lastDay && isBelow(m, later, tolerance));
  return earlier.length ? { later, earlier: distinct(earlier, tolerance), dated: true } : undefined;
}

/** The one day a mention's sentence is dated to, unless that date introduces an earlier happening. */
function singleDay(m: Mention): IsoDay | undefined {
  const date = m.anchor && !m.anchor.reference ? m.anchor.date : undefined;
  return date?.earliest !== undefined && date.earliest === date.latest ? date.earliest : undefined;
}

/** `m` is a smaller count than `later`, not the same one told with a hedge. */
function isBelow(m: Mention, later: Mention, tolerance: number): boolean {
  return quantity(m).base < quantity(later).base && relateQuantities(quantity(m), quantity(later), tolerance) === 'apart';
}

/** One mention per figure: a lead and its body often repeat the earlier count. */
function distinct(figures: Mention[], tolerance: number): Mention[] {
  const out: Mention[] = [];
  for (const m of figures) if (!out.some((o) => relateQuantities(quantity(o), quantity(m), tolerance) === 'same')) out.push(m);
  return out;
}

function quantity(m: Mention): QuantityValue {
  return m.value as QuantityValue;
}
