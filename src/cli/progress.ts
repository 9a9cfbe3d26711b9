// A progress bar on stderr while articles are extracted, so a big folder does not look like a hung run. The one
// module that imports cli-progress. Shown only to a person watching a terminal: never on a pipe, in a CI log, under
// --quiet, or for a run short enough not to need one.
import cliProgress from 'cli-progress';

/** Fewer articles than this take a few seconds at most: a bar would only flicker. */
export const PROGRESS_MIN_FILES = 40;
/** The narrowest bar worth drawing; in a terminal too narrow for it and the counts, none is drawn. */
const MIN_BAR = 5;
const MAX_BAR = 30;
/** A terminal that reports no width (0 under `script` without one outside) is taken to be this wide. */
const DEFAULT_COLUMNS = 80;

export interface ProgressContext {
  /** Whether stderr is a terminal, and how wide. */
  isTTY: boolean;
  columns?: number;
  env: NodeJS.ProcessEnv;
  quiet: boolean;
}

/** Whether a run over `files` articles shows a bar. Pure, so the rule is tested apart from any terminal. */
export function showProgress(files: number, context: ProgressContext, unit: ProgressUnit = 'articles'): boolean {
  if (files < (unit === 'pages' ? PROGRESS_MIN_PAGES : PROGRESS_MIN_FILES) || !context.isTTY || context.quiet) return false;
  // CI runners that give a job a terminal still keep its log: a bar there is thousands of redrawn lines.
  const ci = context.env.CI;
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') return false;
  if (context.env.TERM === 'dumb') return false;
  return barSize(files, context.columns || DEFAULT_COLUMNS) >= MIN_BAR;
}

export interface Progress {
  /** How many articles are done. */
  update: (done: number) => void;
  /** Clears the bar's line, leaving the terminal as it was; safe to call twice. */
  stop: () => void;
}

/** The part of a stream the bar writes to: process.stderr, or a fake terminal in a test. */
export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** What is counted: articles extracted, or web pages fetched. */
export type ProgressUnit = 'articles' | 'pages';
const lineFor = (unit: ProgressUnit) => `verify: [{bar}] {value}/{total} ${unit}`;
/** What the line holds besides the bar and the two counts, its longest time left ("99h59m") included. */
const TEXT_WIDTH = 'verify: [] / articles, 99h59m left'.length;
/** Fetching is slow however few the pages: a bar from this many on. */
export const PROGRESS_MIN_PAGES = 3;

/** The bar's width that keeps the whole line within `columns`: a line that wrapped could not be redrawn in place. */
function barSize(total: number, columns: number): number {
  return Math.min(MAX_BAR, columns - 1 - TEXT_WIDTH - 2 * String(total).length);
}

/** A bar for `total` articles drawn on `stream`, which must be a terminal (showProgress says when). */
export function startProgress(total: number, stream: ProgressStream = process.stderr, unit: ProgressUnit = 'articles'): Progress {
  const LINE = lineFor(unit);
  const bar = new cliProgress.SingleBar({
    stream,
    // The time left only once there is a rate to go by: before the first article it would read "0s".
    format: (options, params, payload) =>
      cliProgress.Format.Formatter({ ...options, format: params.value > 0 && params.value < params.total ? `${LINE}, {eta_formatted} left` : LINE }, params, payload),
    barCompleteChar: '#',
    barIncompleteChar: '-',
    barsize: Math.max(MIN_BAR, barSize(total, stream.columns || DEFAULT_COLUMNS)),
    // Cleared, not left standing, so the summary that follows starts on a clean line.
    clearOnComplete: true,
    // No terminal mode is changed (cursor hidden, wrapping off): a run stopped by Ctrl-C leaves the terminal as it was.
    hideCursor: false,
    linewrap: true,
  });
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** What a command passes to analyzeInputs: a bar for the run's articles when showProgress allows one, else none. */
export function progressFor(quiet: boolean, unit: ProgressUnit = 'articles'): (total: number) => Progress | undefined {
  return (total) => {
    const context = { isTTY: process.stderr.isTTY === true, columns: process.stderr.columns, env: process.env, quiet };
    return showProgress(total, context, unit) ? startProgress(total, process.stderr, unit) : undefined;
  };
}
