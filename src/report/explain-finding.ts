import type { Finding, Mention, QuantityValue, Report, Unit } from '../model/types.js';
import { formatNumber } from '../util/format.js';
import { displayValue, inUnit, isoDateText, quantityLabel, relateStated, type Relation } from '../values/index.js';
import { oneLine } from './control-characters.js';
import { explainGrouping } from './explain-grouping.js';
import { claimLabel, eventLabel, isInternalConflict, sequenceWords, shownQuote, sourcePath } from './report-view.js';
import { intervalIn, intervalText } from './value-facts.js';

// `verify explain FINDING`: the reasoning behind one verdict, in the order a reader checks it: what each source
// says and where, what it converts to, what interval its precision and hedge allow, how the sources' values relate
// pairwise, the rule that gave the verdict, and how each source came into the event.

/** The rule behind each verdict, by verdict and reason. */
const RULES: Record<string, string> = {
  agree: 'agree: every pair of sources states the same value once precision and hedges are allowed (the finer figure lies inside the coarser one\'s interval)',
  variance: 'variance: the values overlap once rounding and hedges are allowed, but one lies outside another\'s interval',
  'variance/updated-count': 'variance (updated count): a running tally; the smaller figure is a lower bound or an earlier count, the larger a later one',
  'variance/across-midnight': 'variance (across midnight): two days a day apart that the sources\' clock times, each read in its zone, make one instant',
  'variance/hedged-state': 'variance (hedged): different states, but one is told as a suspicion or a likelihood',
  'variance/states-may-coexist': 'variance: different states that may both hold',
  conflict: 'conflict: two sources\' values do not meet, even allowing for rounding, hedges and the tolerance',
  'conflict/authorities': 'conflict between authorities: two sources\' values do not meet, even allowing for rounding, hedges and the tolerance, and each is credited to a different authority',
  'conflict/different-states': 'conflict: two sources state different states of one thing, neither as a suspicion',
  'conflict/own-conversion': 'conflict: the source\'s own conversion does not hold (its two figures do not meet)',
  'single-source': 'single source: only one source states it, so nothing is compared',
};
const RELATION_WORDS: Record<Relation, string> = {
  same: 'the same (one lies inside the other\'s interval)',
  close: 'close (they overlap, but neither lies inside the other\'s interval)',
  apart: 'apart (they do not meet)',
};
/** Pairs shown at most: a finding of many sources would otherwise print every pair. */
const MAX_PAIRS = 12;

/** The explanation of one finding, or undefined when the report has no finding of that id. */
export function explainFinding(report: Report, findingId: string): string | undefined {
  const finding = report.findings.find((f) => f.id === findingId);
  if (!finding) return undefined;
  const units = new Map(report.knowledge.units.map((u) => [u.id, u]));
  const kind = report.knowledge.kinds.find((k) => k.key === finding.claim);
  const tolerance = kind?.tolerance ?? 0;
  const common = commonUnit(finding.mentions, units);
  const lines = [
    `${oneLine(finding.id)}: ${finding.verdict}`,
    `${oneLine(claimLabel(report, finding.claim))} (${oneLine(finding.claim)}) · event ${oneLine(finding.event)}: ${oneLine(eventLabel(report, finding.event))}`,
    `summary: ${oneLine(finding.summary)}`,
    '',
    'values:',
    ...finding.mentions.flatMap((m) => valueLines(report, m, units, common)),
  ];
  const conversions = conversionLines(finding.mentions, units, common);
  if (conversions.length) lines.push('', 'conversions:', ...conversions.map((c) => `  ${c}`));
  lines.push('', `tolerance: ${tolerance ? `±${formatNumber(tolerance * 100, 2)}% of each figure, added to its interval` : 'none'} (${oneLine(finding.claim)})`);
  const pairs = pairLines(finding, tolerance);
  if (pairs.length) lines.push('compared:', ...pairs.map((p) => `  ${p}`));
  lines.push(`rule: ${ruleOf(finding)}`, '', 'how each source came into the event:', explainGrouping(report, finding.event)?.trimEnd() ?? '  (the event is not in this run)');
  return `${lines.join('\n')}\n`;
}

function ruleOf(finding: Finding): string {
  if (isInternalConflict(finding)) return RULES['conflict/own-conversion'];
  return RULES[finding.reason ? `${finding.verdict}/${finding.reason}` : finding.verdict] ?? RULES[finding.verdict];
}

/** A value: the source, its quote and where it stands; then what it states and the interval that allows. */
function valueLines(report: Report, m: Mention, units: Map<string, Unit>, common: Unit | undefined): string[] {
  const where = `${sourcePath(report, m.source)}:${m.span.line}:${m.span.column}`;
  const interval = intervalText(m.value, units);
  const inCommon = m.value.type === 'quantity' && common && m.value.unit !== common.id ? ` (= ${intervalIn(m.value, common)})` : '';
  const facts = [
    `${displayValue(m.value)}${hedgeWords(m)}`,
    ...(interval ? [`interval ${interval}${inCommon}`] : []),
    `read by ${m.tag}`,
    ...(m.attribution ? [`according to ${oneLine(m.attribution)}`] : []),
    `${m.role} account`,
    ...(m.anchor ? [`dated by ${isoDateText(m.anchor.date)}${m.anchor.reference ? ' (an earlier happening)' : ''}`] : []),
    ...(sequenceWords(m) ? [sequenceWords(m)!] : []),
  ];
  return [`  ${oneLine(m.source)}  "${oneLine(shownQuote(report, m.span))}"  ${oneLine(where)}`, `      ${facts.join('; ')}`];
}

function hedgeWords(m: Mention): string {
  if (m.value.type === 'quantity' && m.value.hedge !== 'exact') return ` (hedged: ${m.value.hedge})`;
  if (m.value.type === 'statement' && m.value.hedged) return ' (told as a suspicion)';
  return '';
}

/** The unit most figures are stated in, which the others are converted to. */
function commonUnit(mentions: Mention[], units: Map<string, Unit>): Unit | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.value.type === 'quantity') counts.set(m.value.unit, (counts.get(m.value.unit) ?? 0) + 1);
  const [first] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && units.get(first[0]);
}

/** "≈685 mi = 1,102 km" for each figure in another unit; a parenthetical conversion the source gives, checked. */
function conversionLines(mentions: Mention[], units: Map<string, Unit>, common: Unit | undefined): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.value.type !== 'quantity') continue;
    const q: QuantityValue = m.value;
    if (common && q.unit !== common.id) out.add(`${quantityLabel(q)} = ${inUnit(q.base, common)}`);
    const alt = q.alternate;
    if (alt) out.add(`${oneLine(m.source)} states ${quantityLabel(q)} (${quantityLabel(alt)}): ${quantityLabel(q)} = ${inUnit(q.base, units.get(alt.unit))}`);
  }
  return [...out];
}

/** How each two sources' values relate, as the comparison relates them (the best pair of two sources speaks for them). */
function pairLines(finding: Finding, tolerance: number): string[] {
  const bySource = new Map<string, Mention[]>();
  for (const m of finding.mentions) bySource.set(m.source, [...(bySource.get(m.source) ?? []), m]);
  const sources = [...bySource.keys()];
  const rank: Record<Relation, number> = { same: 2, close: 1, apart: 0 };
  const lines: string[] = [];
  for (let i = 0; i < sources.length; i++)
    for (let j = i + 1; j < sources.length; j++) {
      let best: { a: Mention; b: Mention; relation: Relation } | undefined;
      for (const a of bySource.get(sources[i])!)
        for (const b of bySource.get(sources[j])!) {
          const relation = relateStated(a.value, b.value, tolerance);
          if (!best || rank[relation] > rank[best.relation]) best = { a, b, relation };
        }
      if (best) lines.push(`${oneLine(best.a.source)} ${displayValue(best.a.value)} and ${oneLine(best.b.source)} ${displayValue(best.b.value)}: ${RELATION_WORDS[best.relation]}`);
    }
  return lines.length > MAX_PAIRS ? [...lines.slice(0, MAX_PAIRS), `… and ${lines.length - MAX_PAIRS} more pairs`] : lines;
}
