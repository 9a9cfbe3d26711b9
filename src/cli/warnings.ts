// Warnings: what verify skipped or repaired, one line each on stderr, so a run is never silently partial.
import type { Report } from '../model/types.js';

/** Where readers report something skipped or repaired; `file` is the path as shown to the user. */
export type Warn = (file: string, message: string) => void;

/** Past this many lines, the rest are counted, not printed: ten thousand skipped files must not bury the result. */
export const MAX_WARNING_LINES = 50;

/** Prints `verify: warning: file: message` lines to a stream, up to MAX_WARNING_LINES, and counts them all. */
export class Warnings {
  private printed = 0;
  private count = 0;
  private unreadSources = 0;

  constructor(private readonly write: (line: string) => void = (line) => process.stderr.write(line)) {}

  /** A run's warnings: on stderr, or under --quiet nowhere (still counted). */
  static forRun(quiet: boolean | undefined): Warnings {
    return quiet ? new Warnings(() => {}) : new Warnings();
  }

  /** A bound function, to hand to readers. */
  readonly warn: Warn = (file, message) => {
    this.count++;
    if (this.printed >= MAX_WARNING_LINES) return;
    this.printed++;
    this.write(warningLine(file, message));
  };

  get total(): number {
    return this.count;
  }

  /**
   * A source named on the command line (a web page, a feed) that could not be read: one line with the reason,
   * printed even under --quiet, since the run did not check everything it was asked to.
   */
  readonly unread = (source: string, reason: string) => {
    this.unreadSources++;
    process.stderr.write(`verify: ${printable(source)}: cannot read: ${printable(reason)}\n`);
  };

  /** Sources that could not be read (see unread). */
  get unreadCount(): number {
    return this.unreadSources;
  }

  /** Says how many warnings were not printed, if any; call once at the end of a run. */
  flush(): void {
    const hidden = this.count - this.printed;
    if (hidden > 0) this.write(`verify: warning: ${hidden} more warning${hidden === 1 ? '' : 's'} not shown\n`);
  }
}

/** Warnings straight to stderr, for callers that pass no sink of their own. */
export const warnOnStderr: Warn = (file, message) => process.stderr.write(warningLine(file, message));

// A file name may hold a line break or an escape sequence; on stderr it must not fake a line or drive the terminal.
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

/** Text for one stderr line: control characters (line breaks, escapes) shown as `?`. */
export const printable = (text: string) => text.replace(CONTROL, '?');

function warningLine(file: string, message: string): string {
  return `verify: warning: ${file ? `${printable(file)}: ` : ''}${printable(message)}\n`;
}

/** Articles listed by name before "and N more". */
const LISTED = 5;

/**
 * Says which articles yielded no claim at all: read, but with nothing checked in them. When none did, the run
 * compared nothing; the exit code stays 0 (no finding), but the log says why.
 */
export function warnUnclaimed(report: Report, warn: Warn): void {
  const claimed = new Set(report.events.flatMap((e) => e.members.filter((m) => m.mentions.length).map((m) => m.source)));
  const none = report.sources.filter((s) => !claimed.has(s.id)).map((s) => s.path);
  if (!none.length) return;
  if (none.length === report.sources.length) {
    const all = none.length === 1 ? 'the article' : `any of the ${none.length} articles`;
    warn('', `no claims found in ${all}: nothing was compared (do the claim definitions cover this topic?)`);
    return;
  }
  const listed = none.slice(0, LISTED).join(', ') + (none.length > LISTED ? ` and ${none.length - LISTED} more` : '');
  warn('', `no claims found in ${none.length} of ${report.sources.length} articles: ${listed}`);
}
