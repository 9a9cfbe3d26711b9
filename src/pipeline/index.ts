import { compareEvents, relate } from '../compare/index.js';
import { buildEvents, type KindInfo } from '../events/index.js';
import { extractCandidates, prepareExtractor } from '../extract/index.js';
import { ingestAll } from '../ingest/index.js';
import type { Knowledge, RawSource, Report, VerifyOptions } from '../model/types.js';
import { normalizeCandidates, prepareNormalizer } from '../normalize/index.js';
import { shortNames } from '../util/names.js';
import { publicationDays } from './publication.js';

/** The whole check as a pure function: articles and claim definitions in, a report out. */
export function verify(raws: RawSource[], knowledge: Knowledge, options: VerifyOptions = {}): Report {
  const articles = ingestAll(raws, { asOf: options.asOf });
  const extractor = prepareExtractor(knowledge);
  const normalizer = prepareNormalizer(knowledge);
  const candidates = articles.map((a) => extractCandidates(a, extractor));
  const published = publicationDays(articles, candidates);
  const mentions = articles.map((a, i) => normalizeCandidates(candidates[i], a, published.get(a.id), normalizer));

  const kinds = new Map<string, KindInfo>(knowledge.kinds.map((k) => [k.key, { type: k.type }]));
  const tolerance = new Map(knowledge.kinds.map((k) => [k.key, k.tolerance ?? 0]));
  const relateKind = (kind: string, a: Parameters<typeof relate>[0], b: Parameters<typeof relate>[1]) => relate(a, b, tolerance.get(kind) ?? 0);
  const categoryLabels = new Map(knowledge.categories.flatMap((s) => s.entries.map((e) => [e.id, e.label] as const)));
  const events = buildEvents(
    articles.map((a, i) => ({ source: a.id, published: published.get(a.id), length: a.original.length, mentions: mentions[i] })),
    kinds,
    relateKind,
    categoryLabels,
  );

  const findings = compareEvents(events, {
    kinds: knowledge.kinds,
    units: new Map(knowledge.units.map((u) => [u.id, u])),
    names: shortNames(articles.map((a) => a.id)),
    order: new Map(articles.map((a, i) => [a.id, i])),
    published,
  });
  // Inferred publication days (a dateline's year) are shown in the report like stated ones.
  for (const a of articles) {
    const day = published.get(a.id);
    if (!a.published && day) a.published = { day, from: 'dateline', yearInferred: true };
  }
  return { sources: articles, events, findings, knowledge };
}
