import type { Report } from '../model/types.js';

export interface FormatOptions {
  /** Terminal colors; only the text formatter uses it, and `false` must yield no escape codes at all. */
  color: boolean;
}

/** A formatter is pure: the same report and options give byte-identical output. */
export type Formatter = (report: Report, options: FormatOptions) => string;
