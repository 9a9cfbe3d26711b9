import { compareEvents, relate } from '../compare/index.js';
import { buildEvents, type KindInfo, type Undecided } from '../events/index.js';
import type { ArticleAnalysis, Knowledge, RawSource, Report, VerifyOptions } from '../model/types.js';
import { normalizeCandidates, prepareNormalizer } from '../normalize/index.js';
import { shortNames } from '../util/names.js';
import { Analyzer, sourceIds } from './analyze.js';
import { publicationDays } from './publication.js';
import { compareText } from '../util/compareText.js';

export { Analyzer, sourceIds } from './analyze.js';
export { quoteSentences } from './quoteSentences.js';
export { parseStatedNumber, ValuePreview, withSourceId } from './review.js';

/** The whole check as a pure function: articles and claim definitions in, a report out. */
export function verify(raws: RawSource[], knowledge: Knowledge, options: VerifyOptions = {}): Report {
  const analyzer = new Analyzer(knowledge, options.asOf);
  const ids = sourceIds(raws.map((r) => r.path));
  return combine(raws.map((raw, i) => analyzer.analyze(raw, ids[i])), knowledge);
}

/** The cross-article half: publication days, normalization, events, comparison, in path order. */
export function combine(input: ArticleAnalysis[], knowledge: Knowledge): Report {
  // One canonical order, by path: what merges, how events and findings are numbered and how reasons read
  // must not depend on the order the files were named in.
  const analyses = [...input].sort((a, b) => compareText(a.source.path, b.source.path) || compareText(a.source.id, b.source.id));
  const sources = analyses.map((a) => ({ ...a.source }));
  const { days: published, readings } = publicationDays(sources, analyses.map((a) => a.candidates));
  const normalizer = prepareNormalizer(knowledge);
  const inputs = analyses.map((a) => ({
    source: a.source.id,
    published: published.get(a.source.id),
    length: a.source.length,
    mentions: normalizeCandidates(a.candidates, published.get(a.source.id), normalizer),
  }));
  // A dateline's year in doubt: the events stage reads the article as of each candidate day it weighs.
  const undecided = new Map<string, Undecided>();
  analyses.forEach((a, i) => {
    const days = readings.get(a.source.id);
    if (!days) return;
    // The guess (days[0]) is the reading `inputs` already holds.
    const read = (day: string) => (day === days[0] ? inputs[i] : { ...inputs[i], published: day, mentions: normalizeCandidates(a.candidates, day, normalizer) });
    undecided.set(a.source.id, { days, read });
  });

  const kinds = new Map<string, KindInfo>(knowledge.kinds.map((k) => [k.key, { type: k.type, dimension: k.dimension, pack: k.pack ?? k.file, evidence: k.evidence }]));
  const tolerance = new Map(knowledge.kinds.map((k) => [k.key, k.tolerance ?? 0]));
  const relateKind = (kind: string, a: Parameters<typeof relate>[0], b: Parameters<typeof relate>[1]) => relate(a, b, tolerance.get(kind) ?? 0);
  const categoryLabels = new Map(knowledge.categories.flatMap((s) => s.entries.map((e) => [e.id, e.label] as const)));
  const { events, chosen } = buildEvents(inputs, kinds, relateKind, categoryLabels, undecided);
  for (const [source, day] of chosen) published.set(source, day);

  const findings = compareEvents(events, {
    kinds: knowledge.kinds,
    units: new Map(knowledge.units.map((u) => [u.id, u])),
    names: shortNames(sources.map((s) => s.id)),
    order: new Map(sources.map((s, i) => [s.id, i])),
    published,
  });
  // Inferred publication days (a dateline's year) are shown in the report like stated ones.
  for (const s of sources) {
    const day = published.get(s.id);
    if (!s.published && day) s.published = { day, from: 'dateline', yearInferred: true };
  }
  return { sources, events, findings, knowledge };
}
