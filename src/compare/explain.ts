import type { ClaimKind, FindingReason, Mention, QuantityValue, Value, Verdict } from '../model/types.js';
import { displayDay } from '../util/calendarNames.js';
import { agreementText, displayAgainst, displayValue, inUnit, quantityLabel } from '../values/index.js';
import type { CompareContext } from './index.js';
import { betweenAuthorities, type Pair } from './pairs.js';

const WHY = {
  conflict: 'no overlap, even allowing for rounding and hedges',
  authorities: 'a conflict between authorities; no overlap, even allowing for rounding and hedges',
  variance: 'the figures differ but overlap once rounding and hedges are allowed',
  updated: 'an updated count (the smaller figure is a lower bound or a count a source gives as earlier, the larger a later count), not an agreement',
  midnight: 'a day apart across a midnight: the clock times the sources give, each read in its zone, are one instant',
  states: 'different states of one thing, and neither told as a suspicion',
  hedged: 'different states, but one is told as a suspicion or a likelihood, not as a fact',
  coexist: 'different states that may both hold (several causes, or said of different places or people)',
};

/** The reason for a verdict, in words a reader can check against the quotes. */
export function explain(kind: ClaimKind, verdict: Verdict, mentions: Mention[], pairs: Pair[], ctx: CompareContext, reason?: FindingReason): string {
  const name = (m: Mention) => ctx.names.get(m.source) ?? m.source;
  const history = sequenceNote(mentions, name);
  if (verdict === 'single-source') return `Only ${name(mentions[0])} states it: ${describe(mentions[0].value, ctx)}.${history}`;
  if (verdict === 'conflict' || verdict === 'variance') {
    const wanted = verdict === 'conflict' ? ['apart'] : ['updated', 'close'];
    // An updated count reads in the order it grew: the smaller figure first.
    const inOrder = (p: Pair) => (p.relation === 'updated' && quantityOf(p.b) < quantityOf(p.a) ? { ...p, a: p.b, b: p.a } : p);
    const shown = wanted.flatMap((relation) => pairs.filter((p) => p.relation === relation)).slice(0, 3).map(inOrder);
    const who = (m: Mention, p: Pair) => (p.relation === 'apart' && betweenAuthorities(p) ? ` (according to ${m.attribution})` : '');
    const clauses = shown.map((p) => `${name(p.a)} says ${describe(p.a.value, ctx)}${who(p.a, p)} but ${name(p.b)} says ${displayAgainst(p.b.value, p.a.value, ctx)}${who(p.b, p)}`);
    const why = verdict === 'conflict' ? conflictWhy(reason) : varianceWhy(reason);
    const instants = shown.filter((p) => p.acrossMidnight).map((p) => ` (${p.acrossMidnight})`).join('');
    return `${clauses.join('; ')}: ${why}${instants}.${history}`;
  }
  // Agreement is on the figures each source gives now, not on the history of a count it also tells.
  return `${agreement(kind, mentions.filter((m) => m.sequence?.order !== 'earlier'), ctx)}${history}`;
}

function conflictWhy(reason: FindingReason | undefined): string {
  return reason === 'authorities' ? WHY.authorities : reason === 'different-states' ? WHY.states : WHY.conflict;
}

function varianceWhy(reason: FindingReason | undefined): string {
  switch (reason) {
    case 'updated-count':
      return WHY.updated;
    case 'across-midnight':
      return WHY.midnight;
    case 'hedged-state':
      return WHY.hedged;
    case 'states-may-coexist':
      return WHY.coexist;
    default:
      return WHY.variance;
  }
}

const quantityOf = (m: Mention) => (m.value.type === 'quantity' ? m.value.base : 0);

/** Which of a source's successive figures is which: " Successive figures: c gives ≥96 as an earlier count and 179 as the later one." */
function sequenceNote(mentions: Mention[], name: (m: Mention) => string): string {
  const bySource = new Map<string, { earlier: Set<string>; later: Set<string> }>();
  for (const m of mentions) {
    if (!m.sequence) continue;
    const entry = bySource.get(name(m)) ?? { earlier: new Set<string>(), later: new Set<string>() };
    entry[m.sequence.order].add(`${displayValue(m.value)}${m.sequence.day ? ` (${displayDay(m.sequence.day)})` : ''}`);
    bySource.set(name(m), entry);
  }
  const notes = [...bySource].map(([source, { earlier, later }]) => {
    const list = (s: Set<string>) => [...s].join(' and ');
    return `${source} gives ${list(earlier)} as ${earlier.size > 1 ? 'earlier counts' : 'an earlier count'} and ${list(later)} as the later one`;
  });
  return notes.length ? ` Successive figures: ${notes.join('; ')}.` : '';
}

/** What all the sources agree on, in the words of the value type. */
function agreement(kind: ClaimKind, mentions: Mention[], ctx: CompareContext): string {
  return agreementText(mentions, { label: kind.label, units: ctx.units, names: ctx.names });
}

/** A value as stated, in short: "≈1,100 km", "6 Jan 2025", "12:00 local", "Sea of Japan", "IRBM". */
export function describe(v: Value, _ctx?: CompareContext): string {
  return displayValue(v);
}

export function explainConversion(q: QuantityValue, ctx: CompareContext): string {
  const alt = q.alternate!;
  return `The source's own conversion does not hold: ${quantityLabel(q)} is ${inUnit(q.base, ctx.units.get(alt.unit))}, not ${quantityLabel(alt)}.`;
}
