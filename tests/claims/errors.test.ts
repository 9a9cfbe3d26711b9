import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/claims/index.js';
import { inputErrorOf, UNITS } from './helpers.js';

/** A file defining one kind; `extra` lines are added inside it. */
function kind(extra = '', key = 'launch.distance'): string {
  return `kinds:
  - key: ${key}
    label: distance flown
    type: quantity
    dimension: length
    cues: [flew, flight]
${extra}`;
}

type Case = [name: string, files: Record<string, string>, fragment: string, file: string, line: number];

/** A file defining one statement kind with two states; `change` edits its text. */
function statement(change: (s: string) => string = (s) => s): Record<string, string> {
  const text = `kinds:
  - key: crash.landing-gear
    label: landing gear
    type: statement
    about: [landing gear]
    states:
      - id: deployed
        label: landing gear deployed
        phrases: [be deployed]
      - id: not-deployed
        label: landing gear not deployed
        phrases: [fail to deploy]
        alone: [belly landing]
`;
  return { 's.yaml': change(text) };
}

function statementCases(): Case[] {
  return [
    ['statement without states', statement((s) => s.slice(0, s.indexOf('    states:'))), "kind 'crash.landing-gear' is a statement and needs 'states'", 's.yaml', 2],
    ['unknown key in a state', statement((s) => s.replace('phrases: [be deployed]', 'phrases: [be deployed]\n        phrase: [was down]')), "unknown key 'phrase' in a state (did you mean 'phrases'?); allowed keys: id, label, phrases, alone, implies", 's.yaml', 10],
    ['state without phrases', statement((s) => s.replace('phrases: [be deployed]', 'phrases: []')), "state 'deployed' of kind 'crash.landing-gear' needs at least one phrase", 's.yaml', 9],
    ['empty phrase', statement((s) => s.replace('[be deployed]', '[be deployed, ""]')), 'phrase is empty', 's.yaml', 9],
    ['one phrase in two states', statement((s) => s.replace('[fail to deploy]', '[fail to deploy, was deployed]')), "phrase 'was deployed' (read as 'be deployed') is in two states of kind 'crash.landing-gear', 'deployed' (s.yaml:9) and 'not-deployed'", 's.yaml', 12],
    ['duplicate state id', statement((s) => s.replace('id: not-deployed', 'id: deployed')), "duplicate state id of kind 'crash.landing-gear' 'deployed'", 's.yaml', 10],
    ['implies an unknown state', statement((s) => s.replace('label: landing gear deployed', 'label: landing gear deployed\n        implies: lowered')), "state 'deployed' of kind 'crash.landing-gear' implies unknown state 'lowered'; states: deployed, not-deployed", 's.yaml', 9],
    ['states implying each other', statement((s) => s.replace('label: landing gear deployed', 'label: landing gear deployed\n        implies: not-deployed').replace('label: landing gear not deployed', 'label: landing gear not deployed\n        implies: deployed')), "state 'deployed' of kind 'crash.landing-gear' implies itself through 'not-deployed'", 's.yaml', 9],
    ['alone without about', statement((s) => s.replace('    about: [landing gear]\n', '')), "'alone' needs the kind's 'about'", 's.yaml', 12],
    ['cues on a statement', statement((s) => s.replace('    about:', '    cues: [gear]\n    about:')), "'cues' applies only to non-statement kinds", 's.yaml', 5],
    ['states on a quantity', { ...statement((s) => s.replace('type: statement', 'type: quantity\n    dimension: length\n    cues: [gear]')), 'u.yaml': 'units:\n  - { id: m, dimension: length, factor: 1, names: [m] }\n' }, "'about' applies only to statement kinds", 's.yaml', 7],
    ['phrase beginning with a gap', statement((s) => s.replace('[fail to deploy]', '["... fail to deploy"]')), "phrase '... fail to deploy': '...' stands for words between two others", 's.yaml', 12],
  ];
}

const cases: Case[] = [
  ['YAML syntax', { 'a.yaml': 'kinds:\n  - key: a.b\n    label: [unclosed\n' }, 'invalid YAML', 'a.yaml', 4],
  ['duplicate mapping key', { 'a.yaml': 'units: []\nunits: []\n' }, 'invalid YAML: duplicated mapping key', 'a.yaml', 2],
  ['top level is a list', { 'a.yaml': '# a comment\n- key: a.b\n' }, 'a claims file must be a mapping', 'a.yaml', 2],
  ['happenings without a pack', { 'a.yaml': 'happenings: [test]\n' }, 'happenings need a pack name', 'a.yaml', 1],
  ['top level is a scalar', { 'a.yaml': 'hello\n' }, 'a claims file must be a mapping (key: value), not the string', 'a.yaml', 1],
  [
    'unknown top-level key',
    { 'a.yaml': 'pack: x\nkind:\n  - key: a.b\n' },
    "unknown key 'kind' in a claims file (did you mean 'kinds'?); allowed keys: pack, description, topic, happenings, kinds, units, places, categories",
    'a.yaml',
    2,
  ],
  [
    'unknown kind key, with the allowed list',
    { 'a.yaml': UNITS, 'b.yaml': kind('    lable: oops') },
    "kinds[0]: unknown key 'lable' in a kind; allowed keys: key, label, type, dimension, cues, exclude, context, categories, nouns, before, tolerance",
    'b.yaml',
    7,
  ],
  ['section is not a list', { 'a.yaml': 'kinds:\n  key: a.b\n' }, 'kinds: kinds must be a list, not a mapping', 'a.yaml', 1],
  ['cues is not a list', { 'a.yaml': UNITS, 'b.yaml': kind().replace('[flew, flight]', 'flew') }, 'cues must be a list', 'b.yaml', 6],
  [
    'label is a number',
    { 'a.yaml': UNITS, 'b.yaml': kind().replace('distance flown', '12') },
    'label must be a string, not number 12 (put it in quotes',
    'b.yaml',
    3,
  ],
  ['tolerance out of range', { 'a.yaml': UNITS, 'b.yaml': kind('    tolerance: 1.5') }, 'tolerance 1.5 is out of range', 'b.yaml', 7],
  ['cumulative not a boolean', { 'a.yaml': UNITS, 'b.yaml': kind('    cumulative: often') }, 'cumulative must be true or false', 'b.yaml', 7],
  [
    'cumulative on a date kind',
    { 'a.yaml': UNITS, 'b.yaml': kind('    cumulative: true').replace('type: quantity\n    dimension: length', 'type: date') },
    "'cumulative' applies only to quantity kinds",
    'b.yaml',
    6,
  ],
  ['bare phrase without its figure', { 'a.yaml': UNITS.replace('factor: 1000', "factor: 1000\n    bare: ['put it at']") }, "a bare phrase holds the figure's place once as '#'", 'a.yaml', 5],
  ['bare phrase with a pattern', { 'a.yaml': UNITS.replace('factor: 1000', "factor: 1000\n    bare: ['put (it) at #']") }, "a bare phrase is words, '#' and '...'", 'a.yaml', 5],
  ['unit hedge not share or step', { 'a.yaml': UNITS.replace('factor: 1000', 'factor: 1000\n    hedge: wide') }, "hedge must be 'share' or 'step', not 'wide'", 'a.yaml', 5],
  [
    'unknown value type',
    { 'a.yaml': UNITS, 'b.yaml': kind().replace('type: quantity', 'type: amount') },
    "unknown type 'amount'; allowed: quantity, date, time, place, category",
    'b.yaml',
    4,
  ],
  [
    'missing required field',
    { 'a.yaml': 'kinds:\n  - key: a.b\n    type: date\n    cues: [on]\n' },
    "kind 'a.b' needs 'label'",
    'a.yaml',
    2,
  ],
  ['bad kind key', { 'a.yaml': UNITS, 'b.yaml': kind('', 'Distance') }, "key 'Distance' is not valid", 'b.yaml', 2],
  [
    'duplicate kind key across files names the first',
    { 'a.yaml': UNITS + kind(), 'b.yaml': `# again\n${kind()}` },
    "duplicate kind key 'launch.distance': first defined at a.yaml:10",
    'b.yaml',
    3,
  ],
  ['__proto__ key', { 'a.yaml': UNITS, 'b.yaml': kind('    __proto__: {polluted: true}') }, "reserved key '__proto__'", 'b.yaml', 7],
  ['constructor key', { 'a.yaml': 'units:\n  - id: km\n    constructor: 1\n' }, "reserved key 'constructor'", 'a.yaml', 3],
  ['prototype key nested in a list', { 'a.yaml': 'pack: p\nplaces:\n  - name: X\n    aliases: [{prototype: 1}]\n' }, "reserved key 'prototype'", 'a.yaml', 4],
  ['empty cue', { 'a.yaml': UNITS, 'b.yaml': kind().replace('[flew, flight]', '\n      - flew\n      - "  "') }, 'cue is empty', 'b.yaml', 8],
  [
    'one-letter cue',
    { 'a.yaml': UNITS, 'b.yaml': kind().replace('[flew, flight]', '\n      - flew\n      - a') },
    "cue 'a' is shorter than 2 characters",
    'b.yaml',
    8,
  ],
  ['no cues', { 'a.yaml': UNITS, 'b.yaml': kind().replace('[flew, flight]', '[]') }, 'needs at least one cue', 'b.yaml', 6],
  [
    'cue that is also excluded',
    { 'a.yaml': UNITS, 'b.yaml': kind('    exclude: [range of, flew]') },
    "'flew' is both a cue and an exclude cue",
    'b.yaml',
    7,
  ],
  [
    'unknown dimension',
    { 'a.yaml': UNITS, 'b.yaml': kind().replace('dimension: length', 'dimension: lenght') },
    "unknown dimension 'lenght'; dimensions with units: length, count",
    'b.yaml',
    5,
  ],
  ['unknown unit of a kind', { 'a.yaml': UNITS, 'b.yaml': kind('    units: [furlong]') }, "unknown unit 'furlong' for kind 'launch.distance'; units of dimension 'length':", 'b.yaml', 7],
  ['unknown evidence', { 'a.yaml': UNITS, 'b.yaml': kind('    evidence: strong') }, "unknown evidence 'strong'; allowed: identity, tested", 'b.yaml', 7],
  [
    'evidence on a date kind',
    { 'a.yaml': 'kinds:\n  - key: a.b\n    label: x\n    type: date\n    evidence: tested\n    cues: [on]\n' },
    "'evidence' does not apply to date kinds",
    'a.yaml',
    5,
  ],
  [
    'designations is not a boolean',
    { 'a.yaml': 'categories:\n  - set: missile-type\n    designations: yes please\n    entries:\n      - id: IRBM\n        label: IRBM\n        names: [IRBM]\n' },
    'designations must be true or false',
    'a.yaml',
    3,
  ],
  ['relative is not a boolean', { 'a.yaml': UNITS, 'b.yaml': kind('    relative: sometimes') }, 'relative must be true or false', 'b.yaml', 7],
  [
    'relative on a place kind',
    { 'a.yaml': 'kinds:\n  - key: a.b\n    label: x\n    type: place\n    relative: true\n    cues: [near]\n' },
    "'relative' applies only to quantity kinds",
    'a.yaml',
    5,
  ],
  [
    'relative on a count',
    { 'a.yaml': UNITS, 'b.yaml': kind('    relative: true').replace('dimension: length', 'dimension: count') },
    "'relative' applies only to kinds of dimension length",
    'b.yaml',
    7,
  ],
  ['unknown part', { 'a.yaml': UNITS, 'b.yaml': kind('    parts: [people.crew]') }, "unknown part 'people.crew' of kind 'launch.distance'; parts are kind keys", 'b.yaml', 7],
  [
    'a part of another dimension',
    {
      'a.yaml': UNITS,
      'b.yaml': `${kind('    parts: [people.crew]')}\n  - key: people.crew\n    label: crew\n    type: quantity\n    dimension: count\n    cues: [crew]\n`,
    },
    "part 'people.crew' of kind 'launch.distance' must be another quantity kind of dimension 'length'",
    'b.yaml',
    7,
  ],
  [
    'quantity without dimension',
    { 'a.yaml': UNITS, 'b.yaml': kind().replace('    dimension: length\n', '') },
    "kind 'launch.distance' is a quantity and needs 'dimension'",
    'b.yaml',
    2,
  ],
  [
    'dimension on a date kind',
    { 'a.yaml': 'kinds:\n  - key: a.b\n    label: x\n    type: date\n    dimension: length\n    cues: [on]\n' },
    "'dimension' applies only to quantity kinds",
    'a.yaml',
    5,
  ],
  [
    'unknown category set',
    { 'a.yaml': 'kinds:\n  - key: missile.type\n    label: type\n    type: category\n    categories: missile-types\n    cues: [fired]\n' },
    "unknown category set 'missile-types'; defined sets: (none)",
    'a.yaml',
    5,
  ],
  [
    'parent cycle',
    {
      'a.yaml': `categories:
  - set: t
    entries:
      - id: A
        label: a
        names: [aa]
        parent: B
      - id: B
        label: b
        names: [bb]
        parent: A
`,
    },
    'parent cycle: A -> B -> A',
    'a.yaml',
    11,
  ],
  [
    'unknown parent',
    { 'a.yaml': 'categories:\n  - set: t\n    entries:\n      - id: A\n        label: a\n        names: [aa]\n        parent: Z\n' },
    "parent 'Z' is not a category in set 't'; categories: A",
    'a.yaml',
    7,
  ],
  [
    'duplicate category name in a set',
    { 'a.yaml': 'categories:\n  - set: t\n    entries:\n      - id: A\n        label: a\n        names: [aa]\n      - id: B\n        label: b\n        names: [AA]\n' },
    "duplicate category name in set 't' 'aa': first defined at a.yaml:6",
    'a.yaml',
    9,
  ],
  [
    'alias limit per file',
    {
      'a.yaml': `places:\n${[0, 1, 2]
        .map((p) => `  - name: P${p}\n    aliases:\n${Array.from({ length: 4000 }, (_, i) => `      - a${p}x${i}`).join('\n')}`)
        .join('\n')}\n`,
    },
    'more than 10000 aliases in one file',
    'a.yaml',
    // Place 2 starts at line 1 + 2 * 4002 + 1; its alias 2000 (the 10,001st) is 2 + 2000 lines further.
    1 + 2 * 4002 + 1 + 2 + 2000,
  ],
  ['alias too long', { 'a.yaml': `places:\n  - name: Xx\n    aliases: [${'y'.repeat(201)}]\n` }, 'alias is 201 characters long; the limit is 200', 'a.yaml', 3],
  [
    'duplicate alias across files, ignoring case',
    { 'a.yaml': 'places:\n  - name: Sea of Japan\n    aliases: [East Sea]\n', 'b.yaml': 'places:\n  - name: Other\n    aliases:\n      - EAST sea\n' },
    "duplicate place name or alias 'EAST sea' (same as 'East Sea'): first defined at a.yaml:3",
    'b.yaml',
    4,
  ],
  [
    'within an unknown place, with the canonical hint',
    { 'a.yaml': 'places:\n  - name: Sea of Japan\n    aliases: [East Sea]\n  - name: Ulleung\n    within: [East Sea]\n' },
    "within names 'East Sea', which is not a place defined in any claims file; did you mean its canonical name 'Sea of Japan'?",
    'a.yaml',
    5,
  ],
  [
    'within cycle',
    { 'a.yaml': 'places:\n  - name: Aa\n    within: [Bb]\n  - name: Bb\n    within:\n      - Aa\n' },
    'within cycle: Aa -> Bb -> Aa',
    'a.yaml',
    6,
  ],
  [
    'adjoins an unknown place, with the canonical hint',
    { 'a.yaml': 'places:\n  - name: Sea of Japan\n    aliases: [East Sea]\n  - name: Ulleung\n    adjoins: [Yellow Sea, East Sea]\n' },
    "adjoins names 'Yellow Sea', which is not a place defined in any claims file",
    'a.yaml',
    5,
  ],
  [
    'adjoins an alias',
    { 'a.yaml': 'places:\n  - name: Sea of Japan\n    aliases: [East Sea]\n  - name: Ulleung\n    adjoins:\n      - East Sea\n' },
    "adjoins names 'East Sea', which is not a place defined in any claims file; did you mean its canonical name 'Sea of Japan'?",
    'a.yaml',
    6,
  ],
  ['adjoins itself', { 'a.yaml': 'places:\n  - name: Aa\n    adjoins: [Bb]\n  - name: Bb\n    adjoins:\n      - Aa\n      - Bb\n' }, "'Bb' adjoins itself", 'a.yaml', 7],
  ['adjoins is not a list', { 'a.yaml': 'places:\n  - name: Aa\n  - name: Bb\n    adjoins: Aa\n' }, 'adjoins must be a list', 'a.yaml', 4],
  ['adjoins holds a number', { 'a.yaml': 'places:\n  - name: Aa\n    adjoins: [12]\n' }, 'adjoins must be a string, not number 12', 'a.yaml', 3],
  [
    'unknown place key',
    { 'a.yaml': 'places:\n  - name: Aa\n    adjoin: [Bb]\n' },
    "unknown key 'adjoin' in a place (did you mean 'adjoins'?); allowed keys: name, aliases, timeZone, within, adjoins",
    'a.yaml',
    3,
  ],
  ['bad time zone', { 'a.yaml': 'places:\n  - name: Xx\n    timeZone: Asia/Nowhere\n' }, "unknown time zone 'Asia/Nowhere'", 'a.yaml', 3],
  ['abbreviation as time zone', { 'a.yaml': 'places:\n  - name: Xx\n    timeZone: EST\n' }, "unknown time zone 'EST'", 'a.yaml', 3],
  [
    'duplicate unit name across units',
    { 'a.yaml': UNITS + '  - id: min\n    dimension: duration\n    factor: 60\n    names: [min, KM]\n' },
    "duplicate unit name 'km': first defined at a.yaml:5",
    'a.yaml',
    12,
  ],
  // Statement kinds: every state needs a phrase, no phrase (by stem) may name two states, `implies` names a state.
  ...statementCases(),
  ['zero factor', { 'a.yaml': 'units:\n  - id: x\n    dimension: length\n    factor: 0\n' }, 'factor must be greater than 0', 'a.yaml', 4],
  ['infinite factor', { 'a.yaml': 'units:\n  - id: x\n    dimension: length\n    factor: .inf\n' }, 'factor must be a finite number', 'a.yaml', 4],
];

describe('loadKnowledge rejects broken claims files', () => {
  it.each(cases)('%s', (_name, files, fragment, file, line) => {
    const input = Object.entries(files).map(([path, content]) => ({ path, content }));
    const err = inputErrorOf(() => loadKnowledge(input));
    expect(err.message).toContain(fragment);
    expect(err.file).toBe(file);
    expect(err.line).toBe(line);
  });
});
