import type { Report } from '../model/types.js';

export interface FormatOptions {
  /** Terminal colors; only the text formatter uses it, and `false` must yield no escape codes at all. */
  color: boolean;
  /**
   * The Markdown links each quantity conflict's and variance's number line (reportFigures), for a report written
   * with its figures beside it; left out, it links none, as on stdout where no figure is written.
   */
  figures?: boolean;
  /** When the run was made, shown in the Markdown report; left out (the default), two runs give identical bytes. */
  timestamp?: string;
}

/** A formatter is pure: the same report and options give byte-identical output. */
export type Formatter = (report: Report, options: FormatOptions) => string;
