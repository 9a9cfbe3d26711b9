// Writes one source's extracted claims as a file: YAML for people (comments say how to review it), or JSON Lines for
// machines (a header line, then a claim a line). Same analysis, same bytes.
import type { ArticleAnalysis, IsoDay, Knowledge } from '../../model/types.js';
import { ValuePreview } from '../../pipeline/index.js';
import { dumpYaml } from '../../util/yaml.js';
import { claimRecord, type ClaimRecord } from './claimFields.js';
import { FORMAT_VERSION, MARKER_KEY, stampChecksum, WRITTEN_BY_KEY, writtenBy, type ExtractedFormat } from './format.js';

export interface ExtractedHeader {
  [MARKER_KEY]: number;
  reviewed: boolean;
  [WRITTEN_BY_KEY]: string;
  'as-of'?: IsoDay;
  source: ArticleAnalysis['source'] & { sha256: string };
}

const HOW_TO_REVIEW = `# Claims verify extracted from one article, for review. To review: correct a claim's key, value, unit, hedge
# or quote (line and column say where the quote stands); delete a claim (its whole item); add a missing one
# (key and value, with unit for a figure; quote, line and column when the article states it); then set
# reviewed: true. From then on verify uses these claims for the article instead of extracting it again, and
# verify extract never overwrites this file. interval, anchor, evidence and found-by are shown for checking:
# edits to them change nothing. as-extracted is the claim as extracted, for machines: leave it as it is.
`;

/** Builds extracted files; one per run, so claim definitions are prepared once. */
export class ExtractedWriter {
  private readonly preview: ValuePreview;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly asOf: IsoDay | undefined,
  ) {
    this.preview = new ValuePreview(knowledge);
  }

  /** The file's text, stamped with the checksum that lets a later `verify extract` see it was not edited. */
  text(analysis: ArticleAnalysis, sha256: string, format: ExtractedFormat): string {
    const header: ExtractedHeader = {
      [MARKER_KEY]: FORMAT_VERSION,
      reviewed: false,
      [WRITTEN_BY_KEY]: writtenBy(),
      ...(this.asOf === undefined ? {} : { 'as-of': this.asOf }),
      source: sourceFields(analysis.source, sha256),
    };
    const published = analysis.source.published?.day;
    const claims = analysis.candidates.map((c) => claimRecord(c, this.preview.of(c, published), this.knowledge));
    return stampChecksum(format === 'jsonl' ? jsonLines(header, claims) : yamlText(header, claims));
  }
}

/** Path and hash first: what a reader of the file looks for. The rest in the order extraction gave it. */
function sourceFields(source: ArticleAnalysis['source'], sha256: string): ExtractedHeader['source'] {
  const { path, ...rest } = source;
  return { path, sha256, ...rest };
}

function jsonLines(header: ExtractedHeader, claims: ClaimRecord[]): string {
  return [header, ...claims].map((record) => `${JSON.stringify(record)}\n`).join('');
}

function yamlText(header: ExtractedHeader, claims: ClaimRecord[]): string {
  const items = claims.map(({ 'as-extracted': extracted, ...fields }) => {
    // The readable fields in block style; the record as extracted on one flow line, out of a reviewer's way.
    const block = dumpYaml([fields]);
    return extracted === undefined ? block : `${block}  as-extracted: ${dumpYaml(extracted, { flow: true })}`;
  });
  const indented = items.join('').replace(/^(?=.)/gm, '  ');
  return `${HOW_TO_REVIEW}${dumpYaml(header)}claims:${claims.length ? `\n${indented}` : ' []\n'}`;
}
