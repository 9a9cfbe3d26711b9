import { extractCandidates, prepareExtractor, type Extractor } from '../extract/index.js';
import { assignIds, ingestOne } from '../ingest/index.js';
import type { ArticleAnalysis, IsoDay, Knowledge, RawSource } from '../model/types.js';

/** The per-article half of the pipeline: ingest and extract. Independent per article, so it can run in workers. */
export class Analyzer {
  private readonly extractor: Extractor;

  constructor(knowledge: Knowledge, private readonly asOf?: IsoDay) {
    this.extractor = prepareExtractor(knowledge);
  }

  analyze(raw: RawSource, id: string): ArticleAnalysis {
    const article = ingestOne(raw, id, this.asOf);
    const { original, text, origin, blocks, notes, ...meta } = article;
    return { source: { ...meta, length: original.length }, candidates: extractCandidates(article, this.extractor), ...(notes && { notes }) };
  }
}

/** Ids for a run's files: the file name, disambiguated across the whole run. */
export function sourceIds(paths: readonly string[]): string[] {
  return assignIds(paths);
}
