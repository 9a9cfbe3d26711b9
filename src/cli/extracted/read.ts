// Reads an extracted-claims file (YAML or JSON Lines) into checked parts: the header, the source it was extracted
// from, and each claim as a node that can fail with the file and line. Every problem is an InputError, never a crash.
import type { IsoDay, SourceInfo } from '../../model/types.js';
import { InputError } from '../../util/errors.js';
import { parseYaml } from '../../util/yaml.js';
import { Locator, type Pos } from '../../util/yamlLocate.js';
import { Node, SourceFile, type Fields } from '../../util/yamlNode.js';
import { CLAIM_FIELDS } from './claimFields.js';
import { formatOfPath, FORMAT_VERSION, MARKER_KEY, WRITTEN_BY_KEY } from './format.js';

export interface ExtractedFile {
  /** The file, as shown to the user. */
  file: string;
  reviewed: boolean;
  asOf?: IsoDay;
  source: SourceInfo;
  sha256: string;
  /** Each claim's node, its fields checked to be a mapping of known keys. */
  claims: { node: Node; fields: Fields }[];
}

const HEADER_FIELDS = [MARKER_KEY, 'reviewed', WRITTEN_BY_KEY, 'as-of', 'source'] as const;
const SOURCE_FIELDS = ['path', 'sha256', 'id', 'title', 'outlet', 'url', 'published', 'datelineMonthDay', 'references', 'copy', 'length'] as const;
const PUBLISHED_FROM = ['front-matter', 'dateline', 'address', 'lead', 'as-of'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses and checks a file's text; `file` names it in messages. */
export function readExtracted(text: string, file: string): ExtractedFile {
  const { header, claims } = formatOfPath(file) === 'jsonl' ? jsonLinesNodes(text, file) : yamlNodes(text, file);
  const h = header.fields(formatOfPath(file) === 'jsonl' ? HEADER_FIELDS : [...HEADER_FIELDS, 'claims'], 'an extracted-claims file');
  const version = h.require(MARKER_KEY, 'an extracted-claims file');
  if (version.value !== FORMAT_VERSION) version.fail(`format ${String(version.value)} is not one this verify reads (${FORMAT_VERSION}); extract the claims again`);
  const asOf = h.get('as-of')?.str('as-of');
  if (asOf !== undefined && !ISO_DAY.test(asOf)) h.get('as-of')!.fail('as-of must be a day as YYYY-MM-DD');
  const { source, sha256 } = readSource(h.require('source', 'an extracted-claims file'));
  return {
    file,
    reviewed: h.require('reviewed', 'an extracted-claims file').bool('reviewed'),
    ...(asOf === undefined ? {} : { asOf }),
    source,
    sha256,
    claims: claims.map((node) => ({ node, fields: node.fields(CLAIM_FIELDS, 'a claim') })),
  };
}

function yamlNodes(text: string, file: string): { header: Node; claims: Node[] } {
  const doc = parseYaml(text, file);
  if (doc === undefined || doc === null) throw new InputError('the extracted-claims file is empty', file);
  const sourceFile = new SourceFile(file, () => new Locator(text));
  const root = new Node(sourceFile, doc, '', () => sourceFile.loc.root());
  const claims = root.fields([...HEADER_FIELDS, 'claims'], 'an extracted-claims file').get('claims');
  // `claims:` left empty (every claim deleted) is a source with no claims.
  return { header: root, claims: claims === undefined || claims.value === null ? [] : claims.list('claims') };
}

/** One JSON value a line: the header, then a claim a line. Blank lines are allowed (an editor's last newline). */
function jsonLinesNodes(text: string, file: string): { header: Node; claims: Node[] } {
  const sourceFile = new SourceFile(file, () => new Locator(''));
  const records: Node[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new InputError(`invalid JSON: ${(err as Error).message}`, file, i + 1);
    }
    // A record's keys have no lines of their own: every message names the record's line.
    const at: Pos = { line: i, start: i, end: i + 1 };
    records.push(new Node(sourceFile, value, records.length === 0 ? '' : `claims[${records.length - 1}]`, () => at));
  });
  if (!records.length) throw new InputError('the extracted-claims file is empty', file);
  return { header: records[0], claims: records.slice(1) };
}

function readSource(node: Node): { source: SourceInfo; sha256: string } {
  const f = node.fields(SOURCE_FIELDS, 'the source');
  const text = (key: (typeof SOURCE_FIELDS)[number]) => f.get(key)?.str(key);
  const sha256 = f.require('sha256', 'the source').str('sha256');
  if (!/^[0-9a-f]{64}$/.test(sha256)) f.get('sha256')!.fail('sha256 must be 64 hexadecimal digits');
  const path = f.require('path', 'the source').str('path');
  const length = f.require('length', 'the source');
  if (!Number.isInteger(length.num('length')) || (length.value as number) < 0) length.fail('length must be a whole number of characters');
  const [title, outlet, url, copy] = [text('title'), text('outlet'), text('url'), text('copy')];
  const published = f.get('published');
  const dateline = f.get('datelineMonthDay');
  const references = f.get('references');
  if (references && references.bool('references') !== true) references.fail('references is true when present');
  // In the order ingest gives these fields: an analysis rebuilt from the file equals the one extracted.
  const source: SourceInfo = {
    id: f.require('id', 'the source').str('id'),
    path,
    ...(title === undefined ? {} : { title }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(url === undefined ? {} : { url }),
    ...(published ? { published: readPublished(published) } : {}),
    ...(dateline ? { datelineMonthDay: readDateline(dateline) } : {}),
    ...(references ? { references: true as const } : {}),
    ...(copy === undefined ? {} : { copy }),
    length: length.value as number,
  };
  return { source, sha256 };
}

function readPublished(node: Node): NonNullable<SourceInfo['published']> {
  const f = node.fields(['day', 'from', 'yearInferred'], 'published');
  const day = isoDayOf(f.require('day', 'published'), 'published.day');
  const from = f.require('from', 'published');
  const fromText = from.str('published.from');
  if (!(PUBLISHED_FROM as readonly string[]).includes(fromText)) from.fail(`published.from must be one of ${PUBLISHED_FROM.join(', ')}`);
  const inferred = f.get('yearInferred')?.bool('yearInferred');
  return { day, from: fromText as (typeof PUBLISHED_FROM)[number], ...(inferred === undefined ? {} : { yearInferred: inferred }) };
}

function readDateline(node: Node): NonNullable<SourceInfo['datelineMonthDay']> {
  const f = node.fields(['month', 'day', 'latest'], 'datelineMonthDay');
  const month = wholeIn(f.require('month', 'datelineMonthDay'), 1, 12, 'month');
  const day = wholeIn(f.require('day', 'datelineMonthDay'), 1, 31, 'day');
  const latest = f.get('latest');
  return { month, day, ...(latest ? { latest: isoDayOf(latest, 'latest') } : {}) };
}

function isoDayOf(node: Node, what: string): string {
  const day = node.str(what);
  if (!ISO_DAY.test(day)) node.fail(`${what} must be a day as YYYY-MM-DD`);
  return day;
}

/** A whole number from `lo` to `hi`. */
export function wholeIn(node: Node, lo: number, hi: number, what: string): number {
  const n = node.num(what);
  if (!Number.isInteger(n) || n < lo || n > hi) node.fail(`${what} must be a whole number from ${lo} to ${hi}`);
  return n;
}
