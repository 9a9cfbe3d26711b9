// What the review loop (extracted-claims files) needs of the stages, so the CLI never reaches into them: a
// candidate's value as the comparison will read it, and a figure as written, read as the extractor reads figures.
import { normalizeCandidates, prepareNormalizer, type Normalizer } from '../normalize/index.js';
import type { ArticleAnalysis, Candidate, IsoDay, Knowledge, Mention, SourceInfo } from '../model/types.js';

export { parseStatedNumber } from '../extract/index.js';

/** Candidates normalized one at a time for people to check; the comparison normalizes them again, in context. */
export class ValuePreview {
  private readonly normalizer: Normalizer;

  constructor(knowledge: Knowledge) {
    this.normalizer = prepareNormalizer(knowledge);
  }

  /**
   * The mention a candidate becomes against the source's own publication day. A run may place an undated
   * article's day from the other sources; until then a date relative to it has no interval (undefined value).
   */
  of(candidate: Candidate, published: IsoDay | undefined): Mention | undefined {
    return normalizeCandidates([candidate], published, this.normalizer)[0];
  }
}

/** An analysis under another id: ids are given over a whole run, and a file extracted alone had its own. */
export function withSourceId(analysis: ArticleAnalysis, id: string): ArticleAnalysis {
  if (analysis.source.id === id) return analysis;
  const source: SourceInfo = { ...analysis.source, id };
  return { source, candidates: analysis.candidates.map((c) => ({ ...c, source: id, span: { ...c.span, source: id } })) };
}
