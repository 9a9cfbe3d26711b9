import type { Report } from '../model/types.js';

export interface FormatOptions {
  /** Terminal colors; only the text formatter uses it, and `false` must yield no escape codes at all. */
  color: boolean;
  /**
   * verify's own version, for formats that name their tool (SARIF); the CLI passes its package's, so the output
   * depends on the build, never on the machine or the working directory. Left out when not given.
   */
  toolVersion?: string;
  /** Columns to wrap terminal lines to (the terminal's width); none: whole lines. Only the text formatter uses it. */
  width?: number;
  /**
   * The Markdown links each quantity conflict's and variance's number line (reportFigures), for a report written
   * with its figures beside it; left out, it links none, as on stdout where no figure is written.
   */
  figures?: boolean;
  /** When the run was made, shown in the Markdown report; left out (the default), two runs give identical bytes. */
  timestamp?: string;
  /**
   * Conflicts only (--quiet): variances, what a baseline accepts and the no-pack notes are left out; the closing
   * line counts only conflicts. Only the text formatter uses it; machine formats always hold everything.
   */
  conflictsOnly?: boolean;
}

/** A formatter is pure: the same report and options give byte-identical output. */
export type Formatter = (report: Report, options: FormatOptions) => string;
