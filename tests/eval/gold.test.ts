import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/index.js';
import { InputError } from '../../src/util/errors.js';
import { HAVE_SHARED, REAL_FOLDERS, SEEDS, warnIfNoShared } from './helpers.js';

warnIfNoShared('parsing the seed and real gold files');

const GOOD = `events:
  - id: e1
    description: a launch
claims:
  - key: launch.distance
    event: e1
    verdict: agree
    values:
      - { source: a, text: "685 miles", value: 685, unit: mi }
      - { source: b, text: "1,100 km", required: false }
  - key: troops
    verdict: conflict
    required: false
    note: hedged
    values:
      - source: a
        text: thousands
distractors:
  - { source: a, text: "1998", why: history }
`;

function errorOf(text: string): InputError {
  try {
    parseGold(text, 'x/gold.yaml');
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseGold', () => {
  it('reads claims with their defaults', () => {
    expect(parseGold(GOOD, 'gold.yaml')).toEqual({
      claims: [
        {
          key: 'launch.distance',
          event: 'e1',
          verdict: 'agree',
          required: true,
          values: [
            { source: 'a', text: '685 miles', required: true },
            { source: 'b', text: '1,100 km', required: false },
          ],
        },
        { key: 'troops', verdict: 'conflict', required: false, values: [{ source: 'a', text: 'thousands', required: true }] },
      ],
    });
  });

  it.skipIf(!HAVE_SHARED)('reads the seed gold file', () => {
    const gold = parseGold(readFileSync(join(SEEDS, 'gold.yaml'), 'utf8'), 'gold.yaml');
    expect(gold.claims.length).toBeGreaterThan(5);
  });

  // The real gold files describe their one event in a top-level text and give values with units.
  it('reads the real gold format: a top-level event text, values with value and unit', () => {
    const real = `event: "Jeju Air 7C2216 crashed at Muan, 29 Dec 2024"
# annotator notes
claims:
  - key: crash.time
    values:
      - source: biz-chosun
        text: "at 9:03 a.m."
        value: "09:03"
        unit: KST (UTC+9)
      - { source: hgptv, text: "approximately 9:07 AM", value: 2024-12-29, unit: date, required: false }
    verdict: conflict
    note: "9:03 vs 9:07"
  - key: peak.wind
    required: false
    values:
      - { source: a, text: "245 kph", value: 245, unit: km/h }
    verdict: single-source
distractors:
  - { source: a, text: "2014", why: "Rammasun's year" }
`;
    expect(parseGold(real, 'gold.yaml')).toEqual({
      claims: [
        {
          key: 'crash.time',
          verdict: 'conflict',
          required: true,
          values: [
            { source: 'biz-chosun', text: 'at 9:03 a.m.', required: true },
            { source: 'hgptv', text: 'approximately 9:07 AM', required: false },
          ],
        },
        { key: 'peak.wind', verdict: 'single-source', required: false, values: [{ source: 'a', text: '245 kph', required: true }] },
      ],
    });
  });

  it.skipIf(!REAL_FOLDERS.length).each(REAL_FOLDERS)('reads the real gold file of %s', (folder) => {
    const gold = parseGold(readFileSync(join(folder, 'gold.yaml'), 'utf8'), 'gold.yaml');
    expect(gold.claims.length).toBeGreaterThan(5);
    expect(gold.claims.flatMap((c) => c.values).length).toBeGreaterThan(30);
  });

  type Case = [name: string, text: string, fragment: string, line: number | undefined];
  it.each<Case>([
    ['YAML syntax', 'claims:\n  - key: a\n    values: [unclosed\n', 'invalid YAML', 4],
    ['an empty file', '# nothing\n', 'the gold file is empty', undefined],
    ['a list at the top', '- key: a\n', 'a gold file must be a mapping', 1],
    ['no claims', 'events: []\n', "a gold file needs 'claims'", 1],
    ['an unknown top-level key', 'claim:\n  - key: a\n', "unknown key 'claim' in a gold file (did you mean 'claims'?)", 1],
    ['a misspelt claim key', GOOD.replace('    note: hedged', '    requird: false'), "claims[1]: unknown key 'requird' in a claim", 14],
    ['an unknown verdict', GOOD.replace('verdict: conflict', 'verdict: conflicts'), "claims[1].verdict: unknown verdict 'conflicts'; allowed: agree, conflict", 12],
    ['a missing verdict', GOOD.replace('    verdict: agree\n', ''), "claims[0]: a claim needs 'verdict'", 5],
    ['an unknown event', GOOD.replace('event: e1', 'event: e2'), "claims[0].event: unknown event 'e2'", 6],
    ['a numeric source', GOOD.replace('source: b,', 'source: 2024,'), 'source must be a string, not number 2024 (put it in quotes', 10],
    ['an empty text', GOOD.replace('text: thousands', 'text: ""'), 'claims[1].values[0].text: text must not be empty', 17],
    ['required is not a boolean', GOOD.replace('required: false\n    note', 'required: no\n    note'), 'required must be true or false', 13],
    ['no values', GOOD.replace(/values:\n      - source: a\n        text: thousands\n/, 'values: []\n'), 'claims[1].values: a claim needs at least one value', 15],
    ['a bad distractor', GOOD.replace('why: history', 'reason: history'), "distractors[0]: unknown key 'reason' in a distractor", 19],
    ['an event text that is a list', `event:\n  - a crash\n${GOOD.replace(/^events:\n.*\n.*\n/, '')}`, 'event must be a string, not a list', 1],
    ['an empty event text', `event: ""\n${GOOD.replace(/^events:\n.*\n.*\n/, '')}`, 'event: event must not be empty', 1],
    ['a real gold file without claims', 'event: "a crash"\ndistractors: []\n', "a gold file needs 'claims'", 1],
  ])('rejects %s', (_name, text, fragment, line) => {
    const err = errorOf(text);
    expect(err.message).toContain(fragment);
    expect(err.file).toBe('x/gold.yaml');
    expect(err.line).toBe(line);
  });
});
