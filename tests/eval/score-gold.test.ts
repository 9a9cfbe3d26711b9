// The TypeScript port must print exactly what ../shared/tools/score-gold.mjs prints for the same inputs: by default
// as score-gold --strict, with `loose` as score-gold without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFiles, readSources } from '../../src/cli/readInputs.js';
import { figureLine, parseGold, scoreReport, shortfalls, stem, type Bounds, type Score, type ScoredReport, type ScoreOptions } from '../../src/eval/index.js';
import { runJson } from '../helpers/run.js';
import { HAVE_SHARED, SEEDS, runScoreGold, removeTemps, tempTree, warnIfNoShared } from './helpers.js';

afterAll(removeTemps);
warnIfNoShared('the comparison with score-gold.mjs');

/** What score-gold prints with SCORE_VERBOSE: the miss lists (provenance capped at 20), then the figure line. */
function scoreGoldOutput(score: Score, bounds: Bounds = {}): string {
  const lines = [
    ...score.misses.recall.map((m) => `missed      ${m}`),
    ...score.misses.verdict.map((m) => `verdict     ${m}`),
    ...score.misses.falseConflicts.map((m) => `false-conf  ${m}`),
    ...score.misses.provenance.slice(0, 20).map((m) => `provenance  ${m}`),
    figureLine(score, shortfalls(score, bounds)),
  ];
  return `${lines.join('\n')}\n`;
}

const textsOf = (files: Record<string, string>) => new Map(Object.entries(files).map(([name, text]) => [stem(name), text]));

// Three small articles; s3 is cited in the report by its stem alone (no sources entry).
const ARTICLES: Record<string, string> = {
  's1.txt': 'Pyongyang fired a missile on Monday.\nIt flew 685 miles and fell into the East Sea around noon.\nOfficials counted two launches, officials said.\n',
  's2.txt': 'North Korea launched a missile on Monday.\r\nIt flew about 1,100 kilometers before landing in the Sea of Japan at 1 p.m.\r\n',
  's3.txt': 'The missile flew 900 km (560 miles), officials said.\nIt was launched on Tuesday.\n',
};

const GOLD = `claims:
  - key: launch.distance
    verdict: agree
    values:
      - { source: s1, text: "685 miles" }
      - { source: s2, text: "about 1,100 kilometers" }
      - { source: s3, text: "900 km" }
  - key: launch.time
    verdict: conflict
    values:
      - { source: s1, text: "around noon" }
      - { source: s2, text: "1 p.m." }
  - key: landing.area
    verdict: agree
    values:
      - { source: s1, text: "East Sea" }
      - { source: s2, text: "Sea of Japan" }
  - key: launch.date
    verdict: agree
    values:
      - { source: s1, text: "Monday" }
      - { source: s2, text: "Monday" }
      - { source: s3, text: "Tuesday", required: false }
  - key: launch.count
    verdict: single-source
    values:
      - { source: s1, text: "two launches" }
  - key: launch.origin
    verdict: single-source
    values:
      - { source: s1, text: "Pyongyang" }
  - key: troops
    verdict: conflict
    required: false
    values:
      - { source: s1, text: "thousands of troops" }
`;

/** A value quoted at its true position: the first occurrence of `text` on a 1-based `line`. */
function at(file: string, line: number, text: string, source = stem(file)) {
  const column = ARTICLES[file].split(/\r?\n/)[line - 1].indexOf(text) + 1;
  if (column === 0) throw new Error(`fixture: "${text}" is not on line ${line} of ${file}`);
  return { source, text, line, column };
}

const REPORT: ScoredReport = {
  sources: [
    { id: 'a', path: 'articles/s1.txt' },
    { id: 'b', path: 'articles/s2.txt' },
  ],
  findings: [
    // Values of an agreeing claim called a conflict: a wrong verdict and a false conflict.
    { claim: 'launch.distance', verdict: 'conflict', values: [at('s1.txt', 2, '685 miles', 'a'), at('s2.txt', 2, 'about 1,100 kilometers', 'b')] },
    // A real conflict reported as a variance: wrong, unless --lenient.
    { claim: 'launch.time', verdict: 'variance', values: [at('s1.txt', 2, 'around noon', 'a'), at('s2.txt', 2, '1 p.m.', 'b')] },
    // The same values as a conflict: a true conflict, never a false one.
    { claim: 'launch.time', verdict: 'conflict', values: [at('s1.txt', 2, 'noon', 'a'), at('s2.txt', 2, 'at 1 p.m.', 'b')] },
    // One claim split over two findings: found, unpaired, not judged.
    { claim: 'landing.area', verdict: 'single-source', values: [at('s1.txt', 2, 'East Sea', 'a')] },
    { claim: 'landing.area', verdict: 'single-source', values: [at('s2.txt', 2, 'Sea of Japan', 'b')] },
    // Two findings hold both dates: the tie goes to the one without extra values (agree), not the first (conflict).
    { claim: 'launch.date', verdict: 'conflict', values: [at('s1.txt', 1, 'on Monday', 'a'), at('s2.txt', 1, 'on Monday', 'b'), at('s3.txt', 2, 'on Tuesday')] },
    { claim: 'launch.date', verdict: 'agree', values: [at('s1.txt', 1, 'Monday', 'a'), at('s2.txt', 1, 'Monday', 'b')] },
    // A conflict inside one source (a wrong conversion in parentheses).
    { claim: 'launch.distance', verdict: 'conflict', values: [at('s3.txt', 1, '900 km'), at('s3.txt', 1, '560 miles')] },
    // Provenance errors: a column one off, a line past the end, a later occurrence, no position; then an unknown source.
    {
      claim: 'launch.origin',
      verdict: 'single-source',
      values: [
        { ...at('s1.txt', 1, 'Pyongyang', 'a'), column: 2 },
        { ...at('s1.txt', 1, 'Pyongyang', 'a'), line: 99 },
        { ...at('s1.txt', 3, 'officials', 'a'), column: 1 },
        { source: 'a', text: 'Pyongyang' },
        { source: 'zz', text: 'Pyongyang', line: 1, column: 1 },
      ],
    },
  ],
};

// Each way of scoring and the score-gold flags that score the same way.
const MODES: { options: ScoreOptions; args: string[] }[] = [
  { options: {}, args: ['--strict'] },
  { options: { lenient: true }, args: ['--strict', '--lenient'] },
  { options: { loose: true }, args: [] },
  { options: { loose: true, lenient: true }, args: ['--lenient'] },
];

describe.skipIf(!HAVE_SHARED)('the port agrees with score-gold.mjs', () => {
  it('on the real pipeline over the seed articles', () => {
    const sources = readSources(listArticleFiles([join(SEEDS, 'articles')]));
    const report = runJson(sources);
    const dir = tempTree({ 'report.json': JSON.stringify(report) });
    const goldPath = join(SEEDS, 'gold.yaml');
    const gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
    const texts = new Map(sources.map((s) => [stem(s.path), s.content]));
    for (const { options, args } of MODES) {
      const score = scoreReport(gold, report, texts, options);
      const ran = runScoreGold(goldPath, join(dir, 'report.json'), join(SEEDS, 'articles'), args);
      expect(ran.stderr).toBe('');
      expect(ran.stdout).toBe(scoreGoldOutput(score));
      expect(ran.status).toBe(0);
    }
  });

  const bounded: [name: string, args: string[], bounds: Bounds, lenient: boolean][] = [
    ['no bounds', [], {}, false],
    ['--lenient', ['--lenient'], {}, true],
    [
      'every bound, some missed',
      ['--min-recall', '0.9', '--min-pairing', '0.5', '--min-verdict', '0.4', '--max-false-conflicts', '1', '--max-provenance-errors', '4'],
      { minRecall: 0.9, minPairing: 0.5, minVerdict: 0.4, maxFalseConflicts: 1, maxProvenanceErrors: 4 },
      false,
    ],
    ['bounds that hold', ['--min-recall', '0.5', '--max-provenance-errors', '9'], { minRecall: 0.5, maxProvenanceErrors: 9 }, false],
  ];

  const cases = bounded.flatMap(([name, args, bounds, lenient]) =>
    [false, true].map((loose) => [`${name}${loose ? ' (loose)' : ''}`, loose ? args : [...args, '--strict'], bounds, { lenient, loose }] as const),
  );
  it.each(cases)('on a hand-made report with every kind of miss: %s', (_name, args, bounds, options) => {
    const dir = tempTree({ 'gold.yaml': GOLD, 'report.json': JSON.stringify(REPORT), ...prefixed('articles/', ARTICLES) });
    const score = scoreReport(parseGold(GOLD, 'gold.yaml'), REPORT, textsOf(ARTICLES), options);
    const ran = runScoreGold(join(dir, 'gold.yaml'), join(dir, 'report.json'), join(dir, 'articles'), args);
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toBe(scoreGoldOutput(score, bounds));
    expect(ran.status).toBe(shortfalls(score, bounds).length ? 1 : 0);
  });
});

// What the hand-made report is built to show, so that agreement above is not agreement on nothing.
describe('the hand-made report', () => {
  it('holds a miss of each kind', () => {
    const score = scoreReport(parseGold(GOLD, 'gold.yaml'), REPORT, textsOf(ARTICLES));
    const { misses, ...counts } = score;
    expect(counts).toEqual({
      found: 10,
      wanted: 11,
      paired: 3,
      pairs: 6,
      right: 1,
      judged: 3,
      falseConflicts: 2,
      internalConflicts: 1,
      provenanceErrors: 4,
      provenanceChecked: 19,
    });
    expect(misses.recall).toEqual(['launch.count@s1: "two launches"']);
    expect(misses.verdict).toEqual(['launch.distance: gold agree, report conflict', 'launch.time: gold conflict, report variance']);
    expect(misses.falseConflicts).toEqual([
      'launch.distance: s1:"685 miles" vs s2:"about 1,100 kilometers"',
      'launch.date: s1:"on Monday" vs s2:"on Monday" vs s3:"on Tuesday"',
    ]);
    expect(misses.provenance).toEqual(['s1:1:2 "Pyongyang"', 's1:99:1 "Pyongyang"', 's1:3:1 "officials"', 's1:undefined:undefined "Pyongyang"']);
    expect(scoreReport(parseGold(GOLD, 'gold.yaml'), REPORT, textsOf(ARTICLES), { lenient: true }).right).toBe(2);
  });
});

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [prefix + k, v]));
}
