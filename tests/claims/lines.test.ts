// Error lines must hold for the ways people lay out YAML, and fall back to an enclosing line, never a wrong one.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/claims/index.js';
import { inputErrorOf, UNITS } from './helpers.js';

const load = (content: string) => loadKnowledge([{ path: 'u.yaml', content: UNITS }, { path: 'k.yaml', content }]);
const lineOf = (content: string) => inputErrorOf(() => load(content)).line;

describe('lines of errors in different layouts', () => {
  it.each([
    ['indentless sequence', 'kinds:\n- key: a.b\n  label: x\n  type: date\n  cues: [on, x]\n', 5],
    ['comments and blank lines between items', 'kinds:\n  # first\n\n  - key: a.b\n\n    # note\n    label: x\n    type: date\n    cues: [on, x]\n', 9],
    ['item opened on its own line', 'kinds:\n  -\n    key: a.b\n    label: x\n    type: date\n    cues: [on, x]\n', 6],
    ['block list of cues', 'kinds:\n  - key: a.b\n    label: x\n    type: date\n    cues:\n      - on\n      - x\n', 7],
    ['quoted keys', 'kinds:\n  - "key": a.b\n    \'label\': x\n    "type": date\n    "cues": [on, x]\n', 5],
    ['multi-line flow list', 'kinds:\n  - key: a.b\n    label: x\n    type: date\n    cues: [on,\n      x]\n', 6],
    ['block scalar before the bad field', 'kinds:\n  - key: a.b\n    label: >\n      - not an item\n      cues: not a key\n    type: date\n    cues: [on, x]\n', 7],
    ['CRLF line endings', 'kinds:\r\n  - key: a.b\r\n    label: x\r\n    type: date\r\n    cues: [on, x]\r\n', 5],
    ['document marker', '---\nkinds:\n  - key: a.b\n    label: x\n    type: date\n    cues: [on, x]\n', 6],
    ['second item', 'kinds:\n  - key: a.b\n    label: x\n    type: date\n    cues: [on]\n  - key: a.c\n    label: y\n    type: date\n    cues: [x]\n', 9],
  ])('%s', (_name, content, line) => {
    // Every case has the one-letter cue `x` as its only error.
    expect(inputErrorOf(() => load(content)).message).toContain("cue 'x' is shorter than 2 characters");
    expect(lineOf(content)).toBe(line);
  });

  it('falls back to the enclosing line for a flow-style file', () => {
    const content = 'kinds: [{key: a.b, label: x, type: date, cues: [on]}, {key: a.c, label: y, type: date, cues: [x]}]\n';
    expect(lineOf(content)).toBe(1);
  });

  it('reports a kind at its item line', () => {
    const k = load('pack: p\nkinds:\n\n  - key: a.b\n    label: x\n    type: date\n    cues: [on]\n');
    expect(k.kinds[0]).toMatchObject({ file: 'k.yaml', line: 4 });
  });

  it('finds a key at the item level, not inside a nested entry', () => {
    const content = `categories:
  - set: t
    entries:
      - id: A
        label: a
        names: [aa]
    label: not here
`;
    const err = inputErrorOf(() => load(content));
    expect(err.message).toContain("unknown key 'label' in a category set");
    expect(err.line).toBe(7);
  });
});

describe('what a valid file loads into', () => {
  it('cleans phrases and drops repeated cues', () => {
    const k = load(
      'kinds:\n  - key: a.b\n    label: "  Count  "\n    type: quantity\n    dimension: count\n    cues: ["  Fired  Off ", fired off, Salvo]\n    nouns: [Missiles]\n    tolerance: 0\n',
    );
    expect(k.kinds[0]).toEqual({
      key: 'a.b',
      label: 'Count',
      type: 'quantity',
      dimension: 'count',
      cues: ['fired off', 'salvo'],
      excludeCues: [],
      nouns: ['missiles'],
      tolerance: 0,
      file: 'k.yaml',
      line: 2,
    });
  });

  it('keeps place names as written and leaves absent fields out', () => {
    const k = load('places:\n  - name: Korean Peninsula\n  - name: North Korea\n    aliases: [DPRK]\n    within: [Korean Peninsula, Korean Peninsula]\n');
    expect(k.places).toEqual([
      { name: 'Korean Peninsula', aliases: [] },
      { name: 'North Korea', aliases: ['DPRK'], within: ['Korean Peninsula'] },
    ]);
  });

  it('accepts an empty file and a comment-only file', () => {
    const k = loadKnowledge([
      { path: 'a.yaml', content: '' },
      { path: 'b.yaml', content: '# nothing yet\n' },
    ]);
    expect(k).toEqual({ packs: [], kinds: [], places: [], categories: [], units: [] });
  });

  it('resolves references across files in either order', () => {
    const kindFile = 'kinds:\n  - key: m.t\n    label: t\n    type: category\n    categories: s\n    cues: [fired]\n';
    const setFile = 'categories:\n  - set: s\n    entries:\n      - id: A\n        label: a\n        names: [aa]\n';
    const k = loadKnowledge([
      { path: 'a.yaml', content: kindFile },
      { path: 'b.yaml', content: setFile },
    ]);
    expect(k.kinds[0].categories).toBe('s');
    expect(k.categories).toEqual([{ name: 's', entries: [{ id: 'A', label: 'a', names: ['aa'] }] }]);
  });
});
