// `required: false` on a claim or a value, in the real gold format (a top-level `event:` text): left out of
// recall, pairing and verdicts, and a conflict found on a gold conflict claim's optional part is not false.
// Each case is also scored by score-gold.mjs --strict when ../shared is there, and must print the same.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figureLine, parseGold, scoreReport, type ScoreCounts, type ScoredFinding } from '../../src/eval/index.js';
import { HAVE_SHARED, removeTemps, runScoreGold, tempTree, warnIfNoShared } from './helpers.js';

afterAll(removeTemps);
warnIfNoShared('scoring the required: false cases with score-gold.mjs');

const ARTICLES: Record<string, string> = {
  a: 'The jet crashed at 9:03 a.m. on Sunday, killing 179.\nOfficials said 181 were aboard.\n',
  b: 'The jet crashed at 9:07 a.m. early on Sunday, killing 179.\nSome 181 people were on board.\n',
  c: 'The crash came shortly after 9 a.m. and killed 179.\n',
};
const TEXTS = new Map(Object.entries(ARTICLES));

/** A report value quoting the first `text` in source `source`, at its true line and column. */
function q(source: string, text: string) {
  const lines = ARTICLES[source].split('\n');
  const line = lines.findIndex((l) => l.includes(text)) + 1;
  if (line === 0) throw new Error(`fixture: "${text}" is not in ${source}`);
  return { source, text, line, column: lines[line - 1].indexOf(text) + 1 };
}

const goldOf = (claims: string) => `event: "A jet crashed on Sunday at 9:03; 179 of 181 aboard died"\nclaims:\n${claims}`;

const DEATHS = `  - key: deaths
    verdict: agree
    values:
      - { source: a, text: "killing 179", value: 179, unit: people }
      - { source: b, text: "killing 179", value: 179, unit: people }
      - { source: c, text: "killed 179", value: 179, unit: people, required: false }
`;
const TIME = `  - key: crash.time
    verdict: conflict
    values:
      - { source: a, text: "9:03 a.m.", value: "09:03" }
      - { source: b, text: "9:07 a.m.", value: "09:07" }
      - { source: c, text: "shortly after 9 a.m.", required: false }
`;
const DAY_OPTIONAL = `  - key: crash.day
    verdict: conflict
    required: false
    values:
      - { source: a, text: "on Sunday" }
      - { source: b, text: "early on Sunday" }
`;
const ABOARD_OPTIONAL = `  - key: aboard
    verdict: agree
    required: false
    values:
      - { source: a, text: "181 were aboard" }
      - { source: b, text: "181 people were on board" }
`;

type Case = [name: string, claims: string, findings: ScoredFinding[], expected: Partial<ScoreCounts>];
const CASES: Case[] = [
  [
    'an optional value, found or not, is left out of recall',
    DEATHS + TIME,
    [
      { claim: 'deaths', verdict: 'agree', values: [q('a', 'killing 179'), q('b', 'killing 179')] },
      { claim: 'crash.time', verdict: 'single-source', values: [q('c', 'shortly after 9 a.m.')] },
    ],
    { found: 2, wanted: 4 },
  ],
  [
    'an optional claim is left out of recall, pairing and verdicts',
    ABOARD_OPTIONAL,
    [{ claim: 'aboard', verdict: 'conflict', values: [q('a', '181 were aboard'), q('b', '181 people were on board')] }],
    // A conflict on an optional claim the gold calls agree is still a false conflict, as in score-gold.
    { found: 0, wanted: 0, paired: 0, pairs: 0, right: 0, judged: 0, falseConflicts: 1 },
  ],
  [
    'an optional value is left out of pairing',
    DEATHS,
    [
      { claim: 'deaths', verdict: 'agree', values: [q('a', 'killing 179'), q('c', 'killed 179')] },
      { claim: 'deaths', verdict: 'single-source', values: [q('b', 'killing 179')] },
    ],
    // Only a with b is a pair, and they are apart; a with the optional c would have paired.
    { found: 2, wanted: 2, paired: 0, pairs: 1, judged: 0 },
  ],
  [
    'an optional value does not choose the finding that speaks for the claim',
    DEATHS,
    [
      // Counting c, this finding would hold two values with no extra one and speak (conflict: wrong).
      { claim: 'deaths', verdict: 'conflict', values: [q('a', 'killing 179'), q('c', 'killed 179')] },
      { claim: 'deaths', verdict: 'agree', values: [q('a', 'killing 179'), q('b', 'killing 179'), q('a', '181 were aboard')] },
    ],
    // The conflict holds no two values of a gold conflict claim: false, whatever c's standing.
    { paired: 1, pairs: 1, right: 1, judged: 1, falseConflicts: 1 },
  ],
  [
    "a conflict found on an optional value of a gold conflict is not false, and judges nothing",
    TIME,
    [{ claim: 'crash.time', verdict: 'conflict', values: [q('a', '9:03 a.m.'), q('c', 'shortly after 9 a.m.')] }],
    { found: 1, wanted: 2, paired: 0, pairs: 0, judged: 0, falseConflicts: 0 },
  ],
  [
    'a conflict found on an optional conflict claim is not false',
    DAY_OPTIONAL,
    [{ claim: 'crash.day', verdict: 'conflict', values: [q('a', 'on Sunday'), q('b', 'early on Sunday')] }],
    { found: 0, wanted: 0, judged: 0, falseConflicts: 0 },
  ],
  [
    'all required: the same conflict on a gold conflict judged right, on a gold agreement false',
    DEATHS.replace(', required: false', '') + TIME.replace(', required: false', ''),
    [
      { claim: 'crash.time', verdict: 'conflict', values: [q('a', '9:03 a.m.'), q('b', '9:07 a.m.'), q('c', 'shortly after 9 a.m.')] },
      { claim: 'deaths', verdict: 'conflict', values: [q('a', 'killing 179'), q('c', 'killed 179')] },
    ],
    { found: 5, wanted: 6, paired: 4, pairs: 4, right: 1, judged: 2, falseConflicts: 1 },
  ],
];

const reportOf = (findings: ScoredFinding[]) => ({ sources: Object.keys(ARTICLES).map((id) => ({ id, path: `articles/${id}.txt` })), findings });

describe('required: false', () => {
  it.each(CASES)('%s', (_name, claims, findings, expected) => {
    const score = scoreReport(parseGold(goldOf(claims), 'gold.yaml'), reportOf(findings), TEXTS);
    expect(score).toMatchObject(expected);
  });

  it.skipIf(!HAVE_SHARED).each(CASES)('as score-gold.mjs --strict scores it: %s', (_name, claims, findings) => {
    const gold = goldOf(claims);
    const report = reportOf(findings);
    const articles = Object.fromEntries(Object.entries(ARTICLES).map(([id, text]) => [`articles/${id}.txt`, text]));
    const dir = tempTree({ 'gold.yaml': gold, 'report.json': JSON.stringify(report), ...articles });
    const ran = runScoreGold(join(dir, 'gold.yaml'), join(dir, 'report.json'), join(dir, 'articles'), ['--strict']);
    expect(ran.stderr).toBe('');
    expect(ran.stdout.trimEnd().split('\n').at(-1)).toBe(figureLine(scoreReport(parseGold(gold, 'gold.yaml'), report, TEXTS)));
  });
});
