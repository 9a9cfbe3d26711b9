import type { ClaimKind, Event, Finding, FindingReason, Mention, QuantityValue, TimeValue, Unit, Verdict } from '../model/types.js';
import { isAttributeKind, isOpenKind, unlistedKindLabel } from '../util/unlistedKinds.js';
import { pushTo } from '../util/multimap.js';
import { utcOffsetOn } from '../util/zones.js';
import { explain, explainConversion } from './explain.js';
import { betweenAuthorities, relateSources, VERDICT_OF, worsePair, type Pair } from './pairs.js';
import { wholesFromParts } from './parts.js';
import { sequenceFigures } from './updates.js';
import { referenceKey, relate, relateQuantities } from '../values/index.js';

export { relate, type Relation } from '../values/index.js';

export interface CompareContext {
  kinds: ClaimKind[];
  units: Map<string, Unit>;
  /** Short source names for the reasons ("000" for "000_e0e358a66f5f41eb"). */
  names: Map<string, string>;
  /** Source order of the run, for deterministic output. */
  order: Map<string, number>;
  published: Map<string, string | undefined>;
}

/** One finding per event and claim kind, plus one per source whose own conversion does not hold. */
export function compareEvents(events: Event[], ctx: CompareContext): Finding[] {
  const findings: Finding[] = [];
  for (const event of events) {
    const byKind = new Map<string, Mention[]>();
    for (const member of event.members) for (const m of member.mentions) pushTo(byKind, m.kind, m);
    for (const kind of ctx.kinds) {
      const wholes = wholesFromParts(kind, byKind);
      // A whole read from its parts is worth comparing only with a whole some source states.
      const mentions = byKind.has(kind.key) ? [...byKind.get(kind.key)!, ...wholes] : undefined;
      if (!mentions?.length) continue;
      mentions.sort((a, b) => (ctx.order.get(a.source) ?? 0) - (ctx.order.get(b.source) ?? 0) || a.span.start - b.span.start);
      // Distances from different places are never compared: each place's distances are a finding of their own.
      const groups = byReference(mentions);
      groups.forEach((group, i) => {
        const finding = compareKind(event, kind, kind.type === 'time' ? inEventZone(event, group) : group, ctx, kind.type === 'date' ? clocks(event) : undefined);
        findings.push(groups.length > 1 ? { ...finding, id: `${finding.id}/${i + 1}` } : finding);
        findings.push(...conversionFindings(event, kind, group, ctx));
      });
    }
    // A thing's measure no pack names ("attribute.dam.length"): compared as a pack's kind is, conflicts included.
    for (const key of [...byKind.keys()].filter(isAttributeKind).sort()) {
      const mentions = byKind.get(key)!;
      mentions.sort((a, b) => (ctx.order.get(a.source) ?? 0) - (ctx.order.get(b.source) ?? 0) || a.span.start - b.span.start);
      const kind: ClaimKind = { key, label: unlistedKindLabel(key) ?? key, type: 'quantity', dimension: 'length', cues: [], excludeCues: [], file: '', line: 0 };
      findings.push(compareKind(event, kind, mentions, ctx), ...conversionFindings(event, kind, mentions, ctx));
    }
    for (const key of [...byKind.keys()].filter(isOpenKind).sort()) {
      const mentions = byKind.get(key)!;
      mentions.sort((a, b) => (ctx.order.get(a.source) ?? 0) - (ctx.order.get(b.source) ?? 0) || a.span.start - b.span.start);
      findings.push(...openFindings(event, key, mentions, ctx));
    }
  }
  return findings;
}

/** Mentions grouped by the place their distance is measured from (none is a group too), in order of first mention. */
function byReference(mentions: Mention[]): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) pushTo(groups, m.value.type === 'quantity' && m.value.reference ? `@${referenceKey(m.value.reference)}` : '', m);
  return [...groups.values()];
}

/**
 * Times given as local (or with no zone) are read in the time zone of the event's place, so that
 * "7:15 a.m." in Pyongyang and "2215 GMT" the evening before compare as the same instant.
 */
function inEventZone(event: Event, mentions: Mention[]): Mention[] {
  // Only a local time compared with one of stated offset needs the zone: two local times compare alike in any zone,
  // and looking a zone up costs a short run ~25 ms of ICU time zone data.
  const times = mentions.filter((m) => m.value.type === 'time');
  const local = times.filter((m) => m.value.type === 'time' && m.value.utcOffset === undefined).length;
  if (local === 0 || local === times.length) return mentions;
  const place = event.members.flatMap((m) => m.mentions).find((m) => m.value.type === 'place' && m.value.timeZone);
  const zone = place?.value.type === 'place' ? place.value.timeZone : undefined;
  if (!zone) return mentions;
  const offset = utcOffsetOn(zone, event.date?.earliest === event.date?.latest ? event.date?.earliest : undefined);
  if (offset === undefined) return mentions;
  return mentions.map((m) =>
    m.value.type === 'time' && m.value.utcOffset === undefined ? { ...m, value: { ...m.value, utcOffset: offset } } : m,
  );
}

/**
 * Each source's clock time of the happening with its UTC offset (local times read in the event's zone), so
 * that its day can be read as an instant: the first it gives with an offset.
 */
function clocks(event: Event): Map<string, TimeValue> {
  const times = inEventZone(event, event.members.flatMap((m) => m.mentions).filter((m) => m.value.type === 'time'));
  const out = new Map<string, TimeValue>();
  for (const m of times) if (m.value.type === 'time' && m.value.utcOffset !== undefined && !out.has(m.source)) out.set(m.source, m.value);
  return out;
}

function compareKind(event: Event, kind: ClaimKind, stated: Mention[], ctx: CompareContext, clockTimes?: Map<string, TimeValue>): Finding {
  const tolerance = kind.tolerance ?? 0;
  const { mentions, timeline } = kind.cumulative ? sequenceFigures(stated, tolerance) : { mentions: stated, timeline: [] };
  const bySource = new Map<string, Mention[]>();
  for (const m of mentions) pushTo(bySource, m.source, m);
  const sources = [...bySource.keys()];
  let verdict: Verdict = 'single-source';
  const pairs: Pair[] = [];
  if (sources.length > 1) {
    // Sources stating the very same values need comparing once: many outlets repeat one wire figure.
    const bySignature = new Map<string, string>();
    for (const s of sources) {
      const signature = bySource.get(s)!.map((m) => JSON.stringify([m.value, m.sequence])).sort().join('|');
      if (!bySignature.has(signature)) bySignature.set(signature, s);
    }
    const distinct = [...bySignature.values()];
    const rules = { tolerance, cumulative: kind.cumulative === true, timeline, ...(clockTimes ? { clocks: clockTimes } : {}) };
    for (let i = 0; i < distinct.length; i++)
      for (let j = i + 1; j < distinct.length; j++) pairs.push(relateSources(bySource.get(distinct[i])!, bySource.get(distinct[j])!, rules));
    // Sources that all state the same values agree without a pair to compare.
    verdict = pairs.length ? VERDICT_OF[pairs.reduce(worsePair).relation] : 'agree';
  }
  const reason = kind.type === 'statement' ? statementReason(verdict, pairs) : reasonOf(verdict, pairs);
  return {
    id: `${event.id}/${kind.key}`,
    claim: kind.key,
    event: event.id,
    verdict,
    summary: explain(kind, verdict, mentions, pairs, ctx, reason),
    ...(reason ? { reason } : {}),
    mentions,
  };
}

/** An updated count when a grown tally is what makes it a variance; authorities when each conflict is between two. */
function reasonOf(verdict: Verdict, pairs: Pair[]): FindingReason | undefined {
  if (verdict === 'variance' && pairs.some((p) => p.relation === 'updated')) return 'updated-count';
  if (verdict === 'variance' && pairs.some((p) => p.acrossMidnight)) return 'across-midnight';
  const conflicts = pairs.filter((p) => p.relation === 'apart');
  if (verdict === 'conflict' && conflicts.every(betweenAuthorities)) return 'authorities';
  return undefined;
}

/** Statements conflict in their states; they differ when a state is hedged or the states may both hold. */
function statementReason(verdict: Verdict, pairs: Pair[]): FindingReason | undefined {
  if (verdict === 'conflict') return 'different-states';
  if (verdict !== 'variance') return undefined;
  const hedged = (m: Mention) => m.value.type === 'statement' && m.value.hedged === true;
  const close = pairs.filter((p) => p.relation === 'close');
  // A hedge is the reason only where nothing else makes the states compatible (two causes may hold anyway).
  const coexist = (m: Mention) => m.value.type === 'statement' && (m.value.together === true || m.value.qualifier !== undefined);
  return close.every((p) => (hedged(p.a) || hedged(p.b)) && !coexist(p.a) && !coexist(p.b)) ? 'hedged-state' : 'states-may-coexist';
}

/**
 * Open claims (no pack names them) are grouped by compatible value within one measure, so they can
 * agree or vary but never conflict: without a pack we cannot be sure two figures measure the same thing.
 */
function openFindings(event: Event, key: string, mentions: Mention[], ctx: CompareContext): Finding[] {
  // A group keeps the interval all its figures share, and one figure per source; groups are filed by the
  // order of magnitude of their figures, so each figure is tried against a few groups, not all of them.
  interface Group { members: Mention[]; lo: number; hi: number; bySource: Map<string, Mention>; reference: string }
  const groups: Group[] = [];
  const byMagnitude = new Map<number, number[]>();
  const magnitude = (v: number) => (v > 0 ? Math.floor(Math.log2(v)) : -1_000);
  for (const m of mentions) {
    if (m.value.type !== 'quantity') continue;
    const q = m.value;
    // Figures measured from different places are never grouped.
    const reference = q.reference ? referenceKey(q.reference) : '';
    const at = magnitude(q.base);
    const near = [at - 1, at, at + 1].flatMap((b) => byMagnitude.get(b) ?? []).sort((a, b) => a - b);
    const fit = near.find((i) => {
      const g = groups[i];
      const own = g.bySource.get(m.source);
      return g.reference === reference && Math.max(g.lo, q.lo) <= Math.min(g.hi, q.hi) && (!own || relate(own.value, q) === 'same');
    });
    if (fit !== undefined) {
      const g = groups[fit];
      g.members.push(m);
      g.lo = Math.max(g.lo, q.lo);
      g.hi = Math.min(g.hi, q.hi);
      if (!g.bySource.has(m.source)) g.bySource.set(m.source, m);
    } else {
      groups.push({ members: [m], lo: q.lo, hi: q.hi, bySource: new Map([[m.source, m]]), reference });
      pushTo(byMagnitude, at, groups.length - 1);
    }
  }
  const kind: ClaimKind = { key, label: unlistedKindLabel(key) ?? key, type: 'quantity', cues: [], excludeCues: [], file: '', line: 0 };
  return groups.map((g, i) => ({ ...compareKind(event, kind, g.members, ctx), id: `${event.id}/${key}/${i + 1}` }));
}


/** "1,100 kilometers (880 miles)": a conversion that does not hold is the source contradicting itself. */
function conversionFindings(event: Event, kind: ClaimKind, mentions: Mention[], ctx: CompareContext): Finding[] {
  const out: Finding[] = [];
  for (const m of mentions) {
    if (m.value.type !== 'quantity' || !m.value.alternate) continue;
    const main = m.value as QuantityValue;
    if (relateQuantities(main, main.alternate!, kind.tolerance ?? 0) !== 'apart') continue;
    out.push({
      id: `${event.id}/${kind.key}/conversion/${m.source}/${m.span.line}:${m.span.column}`,
      claim: kind.key,
      event: event.id,
      verdict: 'conflict',
      summary: explainConversion(main, ctx),
      mentions: [m],
    });
  }
  return out;
}
