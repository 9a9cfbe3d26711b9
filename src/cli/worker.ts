// A worker thread: analyzes batches of files with its own compiled claim definitions.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../pipeline/index.js';
import { InputError } from '../util/errors.js';
import { analyzeOne, type FileJob } from './analyzeFiles.js';

const analyzer = new Analyzer(workerData.knowledge, workerData.asOf);

parentPort?.on('message', ({ start, jobs }: { start: number; jobs: FileJob[] }) => {
  try {
    parentPort?.postMessage({ ok: true, start, results: jobs.map((job) => analyzeOne(analyzer, job)) });
  } catch (err) {
    const e = err as Error;
    parentPort?.postMessage(
      err instanceof InputError ? { ok: false, message: e.message, file: err.file, line: err.line } : { ok: false, message: `internal error: ${e.message}` },
    );
  }
});
