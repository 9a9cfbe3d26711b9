// Limits on what the CLI reads, with the reasons. Past a limit is an error naming the file, never a truncation.
import { InvalidArgumentError } from 'commander';

export const MEGABYTE = 1024 * 1024;

/**
 * Default largest article file, in MB. News articles are 5–50 KB of text and article pages rarely pass 3 MB of
 * HTML; the pipeline takes about 1–2.5 s and, on claim-dense text, up to ~90 bytes of memory per byte of input,
 * so a 16 MB file finishes in well under a minute inside Node's default heap, where a 64 MB one could exhaust it
 * (a crash, not a report). Anything bigger is almost surely not an article: a dump, a log, an export.
 */
export const DEFAULT_MAX_FILE_MB = 16;

/**
 * The most --max-file-size accepts: V8 strings hold at most 2^29 - 24 characters, so a bigger UTF-8 file could
 * not even be decoded.
 */
export const MAX_MAX_FILE_MB = 500;

/** Parses --max-file-size: a positive number of MB (decimals allowed), at most MAX_MAX_FILE_MB. */
export function parseMaxFileSize(value: string): number {
  const mb = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(mb > 0) || mb > MAX_MAX_FILE_MB) throw new InvalidArgumentError(`expected a size in MB between 0 and ${MAX_MAX_FILE_MB}.`);
  return mb;
}

/** "80.3 MB", "512 KB": a byte count for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= MEGABYTE) return `${(bytes / MEGABYTE).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
