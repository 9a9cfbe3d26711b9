// Limits on what the CLI reads, with the reasons. Past a limit is an error naming the file, never a truncation.
import { InvalidArgumentError } from 'commander';

export const MEGABYTE = 1024 * 1024;

/**
 * Default largest article file, in MB. News articles are 5–50 KB of text and article pages rarely pass 3 MB of
 * HTML, so 16 MB is five times the biggest real page; anything larger is a dump, a log or an export. Measured on
 * news text the pipeline takes about 1 s and 20–25 bytes of memory per byte of input, so a file at the limit
 * finishes in well under a minute within Node's default heap.
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
