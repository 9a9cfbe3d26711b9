import { describe, expect, it } from 'vitest';
import { prepareExtractor } from '../../src/extract/index.js';
import { PhraseIndex } from '../../src/extract/phrases.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

const ex = prepareExtractor(shippedKnowledge());
const places = (s: string) => ex.places.find(s).map((h) => `${s.slice(h.start, h.end)}=${h.value}${h.fuzzy ? '~' : ''}`);
const categories = (s: string) => ex.categories.find(s).map((h) => `${s.slice(h.start, h.end)}=${h.value.id}`);

describe('place and category phrases', () => {
  it.each([
    ['fired into the East Sea on Monday', ['East Sea=Sea of Japan']],
    ['toward the Sea of Japan (East Sea), marking', ['Sea of Japan=Sea of Japan', 'East Sea=Sea of Japan']],
    ['launched from the Pyongyang area around noon', ['Pyongyang area=Pyongyang']],
    ["from the Kanggye area of the North's Chagang Province", ['Kanggye area=Kanggye', 'Chagang Province=Chagang Province']],
    ['Japan’s defence ministry said', ['Japan=Japan']],
    ['fired from Kangye early on', ['Kangye=Kanggye~']], // a spelling variant, matched within one edit
  ])('places in %s', (s, expected) => {
    expect(places(s)).toEqual(expected);
  });

  it.each([
    ['fired an intermediate-range ballistic missile into', ['intermediate-range ballistic missile=IRBM']],
    ['what it claimed to be a hypersonic intermediate-range ballistic missile', ['hypersonic intermediate-range ballistic missile=hypersonic-IRBM']],
    ['several short-range ballistic missiles into the sea', ['short-range ballistic missiles=SRBM']],
    ['tests of ICBMs capable of reaching', ['ICBMs=ICBM']],
  ])('categories in %s', (s, expected) => {
    expect(categories(s)).toEqual(expected);
  });

  it.each([['the weather was fine'], ['Korea and Japan held talks'], ['a missile test']])('no category in %s', (s) => {
    expect(categories(s)).toEqual([]);
  });
});

describe('a phrase index', () => {
  const index = new PhraseIndex<string>({ plurals: true });
  for (const p of ['battery', 'box', 'Sea of Japan', 'East Sea', 'sea']) index.add(p, p);
  const found = (s: string) => index.find(s).map((h) => `${s.slice(h.start, h.end)}=${h.value}`);

  it('takes a plural of a one-word phrase in -ies or -es too', () => {
    expect(found('two batteries and three boxes')).toEqual(['batteries=battery', 'boxes=box']);
  });

  it('prefers the longest phrase, and stops at punctuation between words', () => {
    expect(found('into the Sea of Japan, off the East Sea')).toEqual(['Sea of Japan=Sea of Japan', 'East Sea=East Sea']);
    expect(found('the Sea, of Japan')).toEqual(['Sea=sea']);
  });
});
