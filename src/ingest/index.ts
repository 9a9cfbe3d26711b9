// The ingest stage: files as read -> Articles (plain text, offset map back, typed blocks, metadata).
import type { Article, Block, IsoDay, RawSource } from '../model/types.js';
import { classifyBlocks } from './classify.js';
import { converterFor } from './formats.js';
import { splitFrontMatter } from './frontMatter.js';
import { assignIds } from './ids.js';
import { findPublished } from './published.js';
import { addressDay, sourceAddress } from './sourceAddress.js';

export interface IngestOptions {
  /** Publication date for sources that state none. */
  asOf?: IsoDay;
}

/**
 * Pure: turns files into articles, in input order. Throws only InputError (invalid front matter,
 * naming the file and line); any other text, however malformed, yields an article.
 */
export function ingestAll(raws: RawSource[], options: IngestOptions = {}): Article[] {
  const ids = assignIds(raws.map((r) => r.path));
  return raws.map((raw, i) => ingestOne(raw, ids[i], options.asOf));
}

export { assignIds } from './ids.js';

/** One file as an article, under an id chosen by assignIds over the whole run (so workers can ingest alone). */
export function ingestOne(raw: RawSource, id: string, asOf: IsoDay | undefined): Article {
  const frontMatter = splitFrontMatter(raw.content, raw.path);
  const converted = converterFor(raw.path, raw.readAs)(raw.content, frontMatter.bodyStart);
  // Front matter outranks what the page's own markup says.
  const meta = { ...converted.meta, ...frontMatter.meta };
  meta.url ??= raw.url ?? sourceAddress(raw.content);
  const blocks = classifyBlocks(converted.text, converted.blocks);
  const addressed = meta.url === undefined ? undefined : addressDay(meta.url);
  const { published, datelineMonthDay } = findPublished(converted.text, blocks, meta.published ?? raw.listedOn, asOf, addressed);
  const title = meta.title ?? firstHeading(converted.text, blocks);
  return {
    id,
    path: raw.path,
    ...(title !== undefined && { title }),
    ...(meta.outlet !== undefined && { outlet: meta.outlet }),
    ...(meta.url !== undefined && { url: meta.url }),
    ...(published && { published }),
    ...(datelineMonthDay && { datelineMonthDay }),
    ...(converted.references && { references: true as const }),
    ...(converted.notes && { notes: converted.notes }),
    original: raw.content,
    text: converted.text,
    origin: converted.origin,
    blocks,
  };
}

function firstHeading(text: string, blocks: readonly Block[]): string | undefined {
  const heading = blocks.find((b) => b.kind === 'heading');
  const title = heading && text.slice(heading.start, heading.end).trim();
  return title || undefined;
}
