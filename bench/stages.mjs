// The two halves of the pipeline timed apart, in one thread: the per-article half (ingest + extract: Analyzer), which a
// stream spreads over any number of cores, and the cross-article half (publication days, normalize, events, compare:
// combine), which a stream runs per event key. Prints one JSON line per half as it finishes, so a time limit that
// stops the second still leaves the first. Then the floor under the per-article half, on the same articles, warm:
// ingest alone, and splitting every sentence and tokenising it once with nothing recognised.
//
//   node bench/stages.mjs VERIFY_ROOT CLAIMS_DIR BUDGET_S SHARD_DIR...
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, claimsDir, budget, ...shards] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const { Analyzer, combine, sourceIds } = await load('pipeline/index.js');
const { loadKnowledge } = await load('claims/index.js');
const { ingestOne } = await load('ingest/index.js');
const { splitSentences } = await load('extract/index.js');
const { SentenceTokens } = await load('extract/tokens.js');

const claimFiles = readdirSync(claimsDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const knowledge = loadKnowledge(claimFiles.map((f) => ({ path: `claims/${f}`, content: readFileSync(join(claimsDir, f), 'utf8') })));
const files = shards.flatMap((dir) => readdirSync(dir).sort().map((f) => join(dir, f)));
const ids = sourceIds(files);

const analyzer = new Analyzer(knowledge);
const analyses = [];
let bytes = 0;
let ns = 0n;
for (const [i, file] of files.entries()) {
  const raw = readFileSync(file);
  const start = process.hrtime.bigint();
  analyses.push(analyzer.analyze({ path: file, content: raw.toString('utf8') }, ids[i]));
  ns += process.hrtime.bigint() - start;
  bytes += raw.length;
  if (Number(ns) / 1e9 > Number(budget)) break;
}
const claims = analyses.reduce((n, a) => n + a.candidates.length, 0);
process.stdout.write(`${JSON.stringify({ half: 'analyze', articles: analyses.length, of: files.length, bytes, seconds: Number(ns) / 1e9, candidates: claims })}\n`);

const start = process.hrtime.bigint();
combine(analyses, knowledge);
process.stdout.write(`${JSON.stringify({ half: 'combine', articles: analyses.length, seconds: Number(process.hrtime.bigint() - start) / 1e9 })}\n`);

// The floor: what any extractor reading these articles as verify does would spend before recognising anything.
const read = files.slice(0, analyses.length).map((file) => readFileSync(file, 'utf8'));
const time = (work) => {
  const t0 = process.hrtime.bigint();
  const result = work();
  return [Number(process.hrtime.bigint() - t0) / 1e9, result];
};
const [ingestSeconds, articles] = time(() => read.map((content, i) => ingestOne({ path: files[i], content }, ids[i])));
const [tokenSeconds, words] = time(() => {
  let n = 0;
  for (const article of articles) for (const sentence of splitSentences(article)) n += new SentenceTokens(sentence.text).runs.words.length;
  return n;
});
process.stdout.write(`${JSON.stringify({ half: 'floor', articles: articles.length, bytes, ingestSeconds, tokenSeconds, words })}\n`);
