// The extracted-claims file: what `verify extract` writes for one source and what later runs read back. Where a
// file lives, how it is recognised, and the checksum that says verify wrote it and nobody has edited it since.
import { createHash } from 'node:crypto';
import { extname, join } from 'node:path';

export type ExtractedFormat = 'yaml' | 'jsonl';
export const EXTRACTED_FORMATS: readonly ExtractedFormat[] = ['yaml', 'jsonl'];
/** What a run reads as extracted files (when marked as one: a gold or claims file is YAML too). */
export const EXTRACTED_EXTENSIONS = new Set(['.yaml', '.yml', '.jsonl']);
/** Under the claims folder: never read as claim definitions. */
export const EXTRACTED_SUBFOLDER = 'extracted';
export const DEFAULT_EXTRACTED_DIR = join('claims', EXTRACTED_SUBFOLDER);

/** The first key of every extracted file, and its format version. */
export const MARKER_KEY = 'verify-extracted';
export const FORMAT_VERSION = 1;
/** The field that marks a file verify extract made; it holds the checksum of the file as written. */
export const WRITTEN_BY_KEY = 'written-by';
const CHECKSUM_LENGTH = 16;
const PLACEHOLDER = '0'.repeat(CHECKSUM_LENGTH);
/** Matches the written-by value in YAML (`written-by: verify extract, checksum X`) and JSON (`"written-by":"…"`). */
const WRITTEN_BY = new RegExp(`(${WRITTEN_BY_KEY}"?: ?"?verify extract, checksum )([0-9a-f]{${CHECKSUM_LENGTH}})`);
// The marker stands at the start of the file's first record or line, past any comments.
const MARKER = new RegExp(`^(?:#[^\\n]*\\n)*(?:${MARKER_KEY}:|\\{"${MARKER_KEY}":)`);

/** Text written with a placeholder checksum, stamped with the checksum of that text. */
export function stampChecksum(text: string): string {
  const placeholder = `$1${PLACEHOLDER}`;
  const unstamped = text.replace(WRITTEN_BY, placeholder);
  return unstamped.replace(WRITTEN_BY, `$1${checksum(unstamped)}`);
}

/** The written-by value to put in a file before stamping it. */
export const writtenBy = (): string => `verify extract, checksum ${PLACEHOLDER}`;

/** Whether the text is exactly what verify extract wrote: its checksum still matches. */
export function untouchedSinceWritten(text: string): boolean {
  const m = WRITTEN_BY.exec(text);
  return m !== null && checksum(text.replace(WRITTEN_BY, `$1${PLACEHOLDER}`)) === m[2];
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, CHECKSUM_LENGTH);

/** The content hash a file records of its source: of the decoded text, as extraction read it. */
export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Whether a file's text is an extracted-claims file (and not a claims pack or a gold file). */
export const isExtractedText = (text: string): boolean => MARKER.test(text.replace(/^\uFEFF/, ''));

export const formatOfPath = (path: string): ExtractedFormat => (extname(path).toLowerCase() === '.jsonl' ? 'jsonl' : 'yaml');

/**
 * Where the claims of the article at `sourcePath` (as shown to the user) are kept under `dir`: the article's own
 * path mirrored, extension kept, so that every article has its own file whichever machine extracted it (two
 * folders of a CI matrix may both hold a `wire.txt`) and an editor finds it by the article's name. Paths outside
 * the working directory keep their shape: `/` at the start is dropped, `..` becomes `_up`.
 */
export function extractedPathFor(dir: string, sourcePath: string, format: ExtractedFormat): string {
  const parts = sourcePath
    .split(/[\\/]+/)
    .filter((part) => part !== '' && part !== '.')
    .map((part) => (part === '..' ? '_up' : part.replace(/:$/, '')));
  return join(dir, ...parts.slice(0, -1), `${parts[parts.length - 1] ?? 'source'}.${format}`);
}
