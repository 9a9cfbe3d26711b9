// Hostile and random input: only InputError may escape, and nothing may reach Object.prototype.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/claims/index.js';
import { InputError } from '../../src/util/errors.js';
import { inputErrorOf, UNITS } from './helpers.js';

function expectCleanPrototype(): void {
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as unknown as Record<string, unknown>).constructor).toBe(Object);
}

describe('prototype pollution', () => {
  afterEach(expectCleanPrototype);

  it.each([
    ['top level', '__proto__:\n  polluted: true\n'],
    ['kind item', `${UNITS}kinds:\n  - key: a.b\n    __proto__: {polluted: true}\n`],
    ['flow mapping', 'places: [{name: Xx, "__proto__": {polluted: true}}]\n'],
    ['constructor.prototype chain', 'units:\n  - constructor:\n      prototype:\n        polluted: true\n'],
    ['behind an anchor', 'description: &p {__proto__: {polluted: true}}\npack: *p\n'],
  ])('rejects __proto__ in a %s', (_name, content) => {
    const err = inputErrorOf(() => loadKnowledge([{ path: 'h.yaml', content }]));
    expect(err.message).toMatch(/reserved key '(__proto__|constructor)'/);
  });

  it('treats reserved words as plain values', () => {
    const content = `${UNITS}
kinds:
  - key: constructor.prototype
    label: __proto__
    type: quantity
    dimension: count
    cues: [__proto__, constructor]
places:
  - name: __proto__
    aliases: [constructor, prototype]
`;
    const k = loadKnowledge([{ path: 'h.yaml', content }]);
    expect(k.kinds[0].key).toBe('constructor.prototype');
    expect(k.places[0]).toEqual({ name: '__proto__', aliases: ['constructor', 'prototype'] });
    expect(Object.getPrototypeOf(k.places[0])).toBe(Object.prototype);
  });
});

// Tokens that matter to YAML and to the loader, so random sequences reach deep into both.
const TOKENS = [
  'kinds:', 'units:', 'places:', 'categories:', 'pack:', 'key:', 'label:', 'type:', 'cues:', 'exclude:', 'dimension:',
  'id:', 'factor:', 'names:', 'name:', 'aliases:', 'within:', 'timeZone:', 'set:', 'entries:', 'parent:', 'tolerance:',
  '- ', '\n', '  ', '    ', '\t', '[', ']', '{', '}', ',', ':', ' ', '"', "'", '|', '>', '#', '&a ', '*a', '!!str ',
  '!!binary ', '!custom ', '? ', '---', '...', '%YAML 1.2\n', '<<: ', '__proto__', 'constructor', 'prototype', 'a.b',
  'launch.distance', 'quantity', 'category', 'length', 'count', '1000', '-1', '.inf', '.nan', '0x1F', 'null', 'true',
  '~', 'Asia/Seoul', 'x', 'é', '\u0000', '\uFEFF', '\\', '@', '`',
];

const yamlish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));

// JSON is YAML: plausible files (the schema's keys, values drawn from a few valid and invalid words), each item
// then perhaps mutated (a field replaced by anything, a required one dropped, a stray key added), reach the
// validation and the cross-file checks rather than stopping at syntax.
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const leaf = fc.oneof(pick<unknown>('a.b', 'Aa', 'length', 'date', '', ' '), fc.string({ maxLength: 6 }), fc.double(), fc.boolean(), fc.constant(null));
const anyField = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 2, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(pick('x', 'y', 'z', 'constructor', '__proto__'), leaf, { maxKeys: 2 }) },
);
const phrases = fc.array(pick('fired', 'flew', 'East Sea', 'km', 'Aa', 'aa', 'x', ' '), { maxLength: 3 });

/** `arb` one time in `1 + odds`, else null. */
const sometimes = <T>(arb: fc.Arbitrary<T>, odds: number) => fc.oneof({ weight: odds, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

function mutated(base: fc.Arbitrary<Record<string, unknown>>, keys: string[]) {
  return fc
    .tuple(base, sometimes(fc.tuple(pick(...keys, 'stray'), anyField), 3), sometimes(pick(...keys), 6))
    .map(([item, set, drop]) => {
      const copy: Record<string, unknown> = { ...item };
      if (set) copy[set[0]] = set[1];
      if (drop !== null) delete copy[drop];
      return copy;
    });
}

const kind = mutated(
  fc.record(
    {
      key: pick('a.b', 'a.c', 'm.t'),
      label: pick('L'),
      type: pick('quantity', 'date', 'time', 'place', 'category'),
      dimension: pick('length', 'count', 'speed'),
      categories: pick('s', 't'),
      cues: phrases,
      exclude: phrases,
      nouns: phrases,
      tolerance: pick(0, 0.5, 1),
    },
    { requiredKeys: ['key', 'label', 'type', 'cues'] },
  ),
  ['key', 'label', 'type', 'dimension', 'categories', 'cues', 'exclude', 'nouns', 'tolerance'],
);
const unit = mutated(
  fc.record({ id: pick('km', 'm', 'mi'), dimension: pick('length', 'count'), factor: pick(1, 1000, 0), names: phrases }, { requiredKeys: ['id', 'dimension', 'factor'] }),
  ['id', 'dimension', 'factor', 'names'],
);
const place = mutated(
  fc.record(
    { name: pick('Aa', 'Bb', 'Cc'), aliases: phrases, timeZone: pick('Asia/Seoul', 'Bad/Zone'), within: fc.array(pick('Aa', 'Bb', 'Cc', 'East Sea'), { maxLength: 2 }) },
    { requiredKeys: ['name'] },
  ),
  ['name', 'aliases', 'timeZone', 'within'],
);
const entry = mutated(
  fc.record({ id: pick('A', 'B', 'C'), label: pick('x'), names: phrases, parent: pick('A', 'B', 'C') }, { requiredKeys: ['id', 'label', 'names'] }),
  ['id', 'label', 'names', 'parent'],
);
const set = mutated(fc.record({ set: pick('s', 't'), entries: fc.array(entry, { maxLength: 4 }) }), ['set', 'entries']);
const structured = fc
  .record(
    {
      kinds: fc.array(kind, { maxLength: 3 }),
      units: fc.array(unit, { maxLength: 3 }),
      places: fc.array(place, { maxLength: 3 }),
      categories: fc.array(set, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v, null, 2));

function onlyInputErrors(contents: string[]): boolean {
  try {
    loadKnowledge(contents.map((content, i) => ({ path: `f${i}.yaml`, content })));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.file).toMatch(/^f\d+\.yaml$/);
    if (err.line !== undefined) expect(err.line).toBeGreaterThanOrEqual(1);
  }
  return true;
}

describe('random input', () => {
  afterEach(expectCleanPrototype);

  it('YAML-ish token soup throws nothing but InputError', () => {
    fc.assert(fc.property(fc.array(yamlish, { minLength: 1, maxLength: 3 }), onlyInputErrors), { numRuns: 2000 });
  });

  it('arbitrary text throws nothing but InputError', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), { maxLength: 3 }), onlyInputErrors), {
      numRuns: 1000,
    });
  });

  it('random structures with the real keys throw nothing but InputError', () => {
    fc.assert(fc.property(fc.array(structured, { minLength: 1, maxLength: 3 }), onlyInputErrors), { numRuns: 2000 });
  });
});
