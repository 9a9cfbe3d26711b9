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
   * Conflicts only (--quiet): variances and what a baseline accepts are left out, and the closing line counts only
   * conflicts. Only the text formatter uses it; machine formats always hold everything.
   */
  conflictsOnly?: boolean;
}

/** A formatter is pure: the same report and options give byte-identical output. */
export type Formatter = (report: Report, options: FormatOptions) => string;
