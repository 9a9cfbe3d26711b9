// `verify eval DIR...`: runs the pipeline on each folder's articles/ and scores the report against its
// gold.yaml, with the definitions of ../shared/tools/score-gold.mjs --strict (--loose: without --strict), as a
// reader checks a quote: where it stands, not only what it says. Exit 0 when every bound holds, 1 when not;
// bad input throws InputError, which main.ts reports as one line with exit code 2.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { evaluate, formatEvalJson, formatEvalText, parseGold, scoreReport, stem, type Bounds, type FolderScore } from '../eval/index.js';
import type { RawSource } from '../model/types.js';
import { verify } from '../pipeline/index.js';
import { toJsonReport } from '../report/index.js';
import { InputError } from '../util/errors.js';
import { loadClaims } from './claimSources.js';
import { parseDay } from './optionParsers.js';
import { displayPath, listArticleFiles, readSources, readText } from './readInputs.js';


interface EvalOptions extends Bounds {
  claims: string[];
  replaceClaims?: boolean;
  asOf?: string;
  verbose?: boolean;
  lenient?: boolean;
  loose?: boolean;
  format: 'text' | 'json';
}

/** Adds `eval` to the program; its exit code (0 or 1) goes to `setExitCode`. */
export function registerEvalCommand(program: Command, setExitCode: (code: number) => void): void {
  // Without this, the program's own --claims, --format and --as-of would swallow eval's options.
  program.enablePositionalOptions();
  program
    .command('eval')
    .summary('score the checker against human gold files (recall, pairing, verdicts, provenance)')
    .description(
      'Score the checker against human gold files: for each folder holding articles/ and gold.yaml, print recall, ' +
        'pairing, verdict accuracy, false conflicts and provenance errors, then the overall figures (counts summed). ' +
        'A reported value counts for a gold value only where its quote overlaps the gold text in the source ' +
        '(score-gold.mjs --strict); gold marked required: false is left out of recall, pairing and verdicts.',
    )
    .argument('<dirs...>', 'folders, each with articles/ and gold.yaml')
    .option('--claims <dir>', 'a folder of claim definitions (YAML) that extends the bundled packs (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('--replace-claims', 'use only the --claims folders, not the bundled packs')
    .option('--as-of <date>', 'publication date (YYYY-MM-DD) for sources that carry none', parseDay)
    .option('--verbose', 'list each miss under its folder')
    .option('--lenient', 'let a gold conflict be reported as a variance')
    .option('--loose', 'match by text (score-gold.mjs without --strict): a reported value counts when it holds the gold text or its first number, wherever it stands')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--min-recall <r>', 'exit 1 when overall recall is below r (0 to 1)', fraction)
    .option('--min-pairing <p>', 'exit 1 when overall pairing is below p (0 to 1)', fraction)
    .option('--min-verdict <v>', 'exit 1 when overall verdict accuracy is below v (0 to 1)', fraction)
    .option('--max-false-conflicts <n>', 'exit 1 when more than n false conflicts are reported in all', count)
    .option('--max-provenance-errors <n>', 'exit 1 when more than n quotes are not at their line and column in all', count)
    .action((dirs: string[], options: EvalOptions) => {
      setExitCode(runEval(dirs, options));
    });
}

function runEval(dirs: string[], options: EvalOptions): number {
  const claims = loadClaims({ dirs: options.claims, replace: options.replaceClaims === true });
  if (claims.said) process.stderr.write(`verify: ${claims.said}\n`);
  const { knowledge } = claims;
  // Every folder is read and checked before any is scored, so bad input never leaves half an output.
  const folders = dirs.map(readFolder);
  const scoring = { lenient: options.lenient, loose: options.loose };
  const scored: FolderScore[] = folders.map(({ folder, gold, sources }) => {
    const report = toJsonReport(verify(sources, knowledge, { asOf: options.asOf }));
    // Quotes are placed, and provenance checked, in the texts the pipeline read (a BOM dropped, UTF-16 decoded):
    // the texts the report's lines and columns count in.
    const texts = new Map(sources.map((s) => [stem(s.path), s.content]));
    return { folder, score: scoreReport(gold, report, texts, scoring) };
  });
  const result = evaluate(scored, {
    minRecall: options.minRecall,
    minPairing: options.minPairing,
    minVerdict: options.minVerdict,
    maxFalseConflicts: options.maxFalseConflicts,
    maxProvenanceErrors: options.maxProvenanceErrors,
  }, scoring);
  process.stdout.write(options.format === 'json' ? formatEvalJson(result) : formatEvalText(result, { verbose: options.verbose }));
  return result.short.length ? 1 : 0;
}

function readFolder(dir: string): { folder: string; gold: ReturnType<typeof parseGold>; sources: RawSource[] } {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new InputError('no such folder', dir);
  const articles = join(dir, 'articles');
  if (!statSync(articles, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError('no such folder (eval wants DIR/articles/ and DIR/gold.yaml)', displayPath(articles));
  }
  const goldPath = join(dir, 'gold.yaml');
  if (!statSync(goldPath, { throwIfNoEntry: false })?.isFile()) {
    throw new InputError('no such file (eval wants DIR/articles/ and DIR/gold.yaml)', displayPath(goldPath));
  }
  const gold = parseGold(readText(goldPath), displayPath(goldPath));
  const files = listArticleFiles([articles]);
  if (!files.length) throw new InputError('no article files (.txt, .md, .html) found', displayPath(articles));
  return { folder: dir.replace(/[\\/]+$/, '') || dir, gold, sources: readSources(files) };
}

function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return n;
}
