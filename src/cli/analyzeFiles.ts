import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ArticleAnalysis, IsoDay, Knowledge } from '../model/types.js';
import { Analyzer, sourceIds } from '../pipeline/index.js';
import { InputError } from '../util/errors.js';
import { displayPath, readText } from './readInputs.js';
import { STDIN_ARG, STDIN_READ_AS } from './stdin.js';

// Workers pay ~0.5 s each to start and compile the claim definitions, and the results cross back by
// copying. Measured on two cores, two workers took 9 % off 1,000 articles and 28 % off 4,000, while the
// main thread mostly waits; below 1,000 start-up eats the gain. --jobs decides outright.
const PARALLEL_MIN_FILES = 1000;
const PARALLEL_MIN_CORES = 2;
const MAX_THREADS = 4;
const BATCH = 64;

export interface AnalyzeOptions {
  knowledge: Knowledge;
  asOf?: IsoDay;
  /** Worker threads; 0 = decide by input size. */
  jobs: number;
  /** What the path `-` stands for: the bytes read from standard input. */
  stdin?: Buffer;
  /** Web pages' copies among the files, by file: read under their address. */
  web?: ReadonlyMap<string, WebCopy>;
  /** Told how many files are done: after each file on one thread, after each batch on workers. */
  onProgress?: (done: number) => void;
}

/** A file to analyze: where to read it, the path to show, and its id in this run. */
export interface FileJob {
  file: string;
  path: string;
  id: string;
  /** The text itself, for standard input: a worker thread cannot read what the main thread already has. */
  text?: string;
  /** The extension to read the text as, when the path has none (standard input, a web page's copy). */
  readAs?: string;
  /** The address a web page was fetched from. */
  url?: string;
  /** The day a feed dated the page. */
  listedOn?: string;
}

/** A web page's copy, read under the name of its address. */
export interface WebCopy {
  url: string;
  /** The copy's extension, which says how to read it ('html'). */
  readAs: string;
  /** The day a feed dated the page: its publication day when the page states none. */
  listedOn?: string;
}

/** The path a file is shown under: a web page's address, else the file as the run names it. */
export function shownPath(file: string, web?: ReadonlyMap<string, WebCopy>): string {
  return web?.get(file)?.url ?? displayPath(file);
}

export function fileJobs(files: string[], stdin?: Buffer, web?: ReadonlyMap<string, WebCopy>): FileJob[] {
  const paths = files.map((file) => shownPath(file, web));
  const ids = sourceIds(paths);
  return files.map((file, i) => {
    const page = web?.get(file);
    if (page) return { file, path: paths[i], id: ids[i], readAs: page.readAs, url: page.url, ...(page.listedOn && { listedOn: page.listedOn }) };
    return { file, path: paths[i], id: ids[i], ...(file === STDIN_ARG && { text: readText(file, { stdin }), readAs: STDIN_READ_AS }) };
  });
}

/** Worker threads for a run: `--jobs` when given, else one a core for large inputs, else none (one thread). */
export function threadsFor(files: number, cores: number, jobs: number): number {
  if (jobs > 0) return jobs;
  return files >= PARALLEL_MIN_FILES && cores >= PARALLEL_MIN_CORES ? Math.min(cores, MAX_THREADS) : 1;
}

/**
 * Reads and analyzes every file, dropping its text as soon as its claims are out, so memory grows with
 * claims rather than bytes. Large inputs are spread over worker threads; results keep input order.
 */
export async function analyzeFiles(files: string[], options: AnalyzeOptions): Promise<ArticleAnalysis[]> {
  const jobs = fileJobs(files, options.stdin, options.web);
  const threads = threadsFor(jobs.length, availableParallelism(), options.jobs);
  if (threads <= 1) {
    const analyzer = new Analyzer(options.knowledge, options.asOf);
    return jobs.map((job, i) => {
      const analysis = analyzeOne(analyzer, job);
      options.onProgress?.(i + 1);
      return analysis;
    });
  }
  return inWorkers(jobs, threads, options);
}

export function analyzeOne(analyzer: Analyzer, job: FileJob): ArticleAnalysis {
  const raw = { path: job.path, content: job.text ?? readText(job.file), ...(job.readAs && { readAs: job.readAs }), ...(job.url && { url: job.url }), ...(job.listedOn && { listedOn: job.listedOn }) };
  return analyzer.analyze(raw, job.id);
}

type WorkerReply = { ok: true; start: number; results: ArticleAnalysis[] } | { ok: false; message: string; file?: string; line?: number };

async function inWorkers(jobs: FileJob[], threads: number, options: AnalyzeOptions): Promise<ArticleAnalysis[]> {
  // Loaded only here: a short run on one thread does not pay ~4 ms to load worker_threads.
  const { Worker } = await import('node:worker_threads');
  const results: ArticleAnalysis[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (err?: Error) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) return;
      const start = next;
      next = Math.min(jobs.length, next + BATCH);
      w.postMessage({ start, jobs: jobs.slice(start, next) });
    };
    for (let i = 0; i < Math.min(threads, Math.ceil(jobs.length / BATCH)); i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { knowledge: options.knowledge, asOf: options.asOf } });
      workers.push(w);
      w.on('message', (reply: WorkerReply) => {
        if (!reply.ok) return finish(new InputError(reply.message, reply.file, reply.line));
        reply.results.forEach((r, k) => (results[reply.start + k] = r));
        done += reply.results.length;
        options.onProgress?.(done);
        if (done === jobs.length) finish();
        else feed(w);
      });
      w.on('error', (err) => finish(err));
      feed(w);
    }
  });
}
