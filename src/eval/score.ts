// Scores a report against a gold file: a faithful port of ../shared/tools/score-gold.mjs, so the CLI's `eval`
// and the shared script print the same figures for the same inputs. Pure: the caller passes the source texts.
import type { Gold, GoldClaim, GoldValue } from './gold.js';
import { quoteMatches, stem } from './match.js';
import { SourceSpans } from './spans.js';

/** The parts of a JSON report (toJsonReport) that scoring reads; any JsonReport fits. */
export interface ScoredValue {
  source: string;
  text: string;
  line?: number;
  column?: number;
}
export interface ScoredFinding {
  claim?: string;
  verdict: string;
  values?: ScoredValue[];
}
export interface ScoredReport {
  sources?: { id: string; path?: string }[];
  findings: ScoredFinding[];
}

export interface ScoreCounts {
  /** Required gold values matched by some report value, of all required gold values. */
  found: number;
  wanted: number;
  /** Pairs of found required values of one claim, from different sources, that share a finding. */
  paired: number;
  pairs: number;
  /** Agree/conflict claims whose speaking finding has the right verdict, of those with one. */
  right: number;
  judged: number;
  /** Cross-source conflicts that hold no two values of a gold conflict claim. */
  falseConflicts: number;
  /** Conflicts inside one source (a wrong conversion in parentheses): counted apart. */
  internalConflicts: number;
  /** Report values not found verbatim at their line and column, of those whose source text is known. */
  provenanceErrors: number;
  provenanceChecked: number;
}

/** One line per miss, worded as score-gold's verbose output. */
export interface ScoreMisses {
  recall: string[];
  verdict: string[];
  falseConflicts: string[];
  provenance: string[];
}

export interface Score extends ScoreCounts {
  misses: ScoreMisses;
}

export interface ScoreOptions {
  /** A gold conflict may be reported as a variance (hedged figures that barely touch). */
  lenient?: boolean;
  /**
   * Match by text alone (score-gold without --strict): a report value holding the gold value's first number
   * counts, wherever it stands. By default a report value counts only where its quote overlaps the gold's.
   */
  loose?: boolean;
}

interface Indexed {
  finding: ScoredFinding;
  index: number;
  values: ScoredValue[];
}

const consistent = (verdict: string) => verdict === 'agree' || verdict === 'variance';

/**
 * `sourceTexts` maps file stems to article texts, for span-strict matching and the provenance check: the texts
 * the report's lines and columns count in.
 */
export function scoreReport(gold: Gold, report: ScoredReport, sourceTexts: ReadonlyMap<string, string>, options: ScoreOptions = {}): Score {
  // source id in the report -> file stem
  const stemOf = new Map<string, string>();
  for (const s of report.sources ?? []) stemOf.set(String(s.id), stem(s.path ?? s.id));
  const srcStem = (id: unknown) => stemOf.get(String(id)) ?? stem(id);
  const spans = options.loose ? undefined : new SourceSpans(sourceTexts);
  const matches = (g: GoldValue, v: ScoredValue) => srcStem(v.source) === g.source && quoteMatches(g.source, g.text, v, spans);

  const findings: Indexed[] = report.findings.map((finding, index) => ({ finding, index, values: finding.values ?? [] }));
  const where = (g: GoldValue) => findings.filter((f) => f.values.some((v) => matches(g, v)));
  const counts: ScoreCounts = {
    found: 0, wanted: 0, paired: 0, pairs: 0, right: 0, judged: 0,
    falseConflicts: 0, internalConflicts: 0, provenanceErrors: 0, provenanceChecked: 0,
  };
  const misses: ScoreMisses = { recall: [], verdict: [], falseConflicts: [], provenance: [] };

  for (const claim of gold.claims) {
    const req = claim.required !== false;
    const vals = claim.values;
    const hits = vals.map(where);
    vals.forEach((g, i) => {
      if (!req || g.required === false) return;
      counts.wanted++;
      if (hits[i].length) counts.found++;
      else misses.recall.push(`${claim.key}@${g.source}: "${g.text}"`);
    });
    const reqIdx = vals.map((_, i) => i).filter((i) => req && vals[i].required !== false && hits[i].length);
    for (let a = 0; a < reqIdx.length; a++) {
      for (let b = a + 1; b < reqIdx.length; b++) {
        if (vals[reqIdx[a]].source === vals[reqIdx[b]].source) continue;
        counts.pairs++;
        const fa = new Set(hits[reqIdx[a]].map((f) => f.index));
        if (hits[reqIdx[b]].some((f) => fa.has(f.index))) counts.paired++;
      }
    }
    if (req && (claim.verdict === 'agree' || claim.verdict === 'conflict') && reqIdx.length >= 2) {
      const verdict = speakingVerdict(findings, reqIdx.map((i) => hits[i]));
      if (verdict !== undefined) {
        counts.judged++;
        const ok = claim.verdict === 'conflict' ? verdict === 'conflict' || (options.lenient === true && verdict === 'variance') : consistent(verdict);
        if (ok) counts.right++;
        else misses.verdict.push(`${claim.key}: gold ${claim.verdict}, report ${verdict}`);
      }
    }
  }

  // A conflict is true only where it holds two values of one gold conflict claim from different sources.
  const goldConflicts = gold.claims.filter((c) => c.verdict === 'conflict');
  for (const f of findings.filter((f) => f.finding.verdict === 'conflict')) {
    if (new Set(f.values.map((v) => srcStem(v.source))).size < 2) {
      counts.internalConflicts++;
      continue;
    }
    if (!goldConflicts.some((c) => heldSources(c, f, matches) >= 2)) {
      counts.falseConflicts++;
      const quotes = f.values.map((v) => `${srcStem(v.source)}:"${v.text}"`).join(' vs ');
      misses.falseConflicts.push(`${f.finding.claim ?? '?'}: ${quotes}`.slice(0, 240));
    }
  }

  // Provenance: every quoted text stands verbatim in its source at the given line and column.
  for (const f of findings) {
    for (const v of f.values) {
      const text = sourceTexts.get(srcStem(v.source));
      if (text === undefined || typeof v.text !== 'string') continue;
      counts.provenanceChecked++;
      const line = text.split(/\r?\n/)[(v.line ?? 0) - 1];
      const column = (v.column ?? 1) - 1;
      const at = line === undefined ? -1 : line.indexOf(v.text, Math.max(0, column));
      if (line === undefined || at !== column) {
        counts.provenanceErrors++;
        misses.provenance.push(`${srcStem(v.source)}:${v.line}:${v.column} "${String(v.text).slice(0, 60)}"`);
      }
    }
  }
  return { ...counts, misses };
}

/**
 * The verdict of the finding holding most of a claim's found values (at least two); ties go to the finding
 * with the fewest values beyond this claim's, since one span can serve two claims. `hits` holds, per found
 * required value, the findings matching it.
 */
function speakingVerdict(findings: Indexed[], hits: Indexed[][]): string | undefined {
  const count = new Map<number, number>();
  for (const list of hits) for (const f of list) count.set(f.index, (count.get(f.index) ?? 0) + 1);
  const extra = (i: number, n: number) => findings[i].values.length - n;
  // Array sort is stable: among full ties, the finding first met keeps first place, as in score-gold.
  const best = [...count.entries()].sort((x, y) => y[1] - x[1] || extra(x[0], x[1]) - extra(y[0], y[1]))[0];
  return best && best[1] >= 2 ? findings[best[0]].finding.verdict : undefined;
}

/** How many sources of the gold claim have a value matched in the finding. */
function heldSources(claim: GoldClaim, f: Indexed, matches: (g: GoldValue, v: ScoredValue) => boolean): number {
  return new Set(claim.values.filter((g) => f.values.some((v) => matches(g, v))).map((g) => g.source)).size;
}
