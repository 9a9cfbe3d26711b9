import { describe, expect, it } from 'vitest';
import { norm, stem, textsMatch } from '../../src/eval/index.js';

describe('textsMatch (score-gold rules)', () => {
  it.each([
    ['containment, either way', 'approximately 685 miles', '685 miles'],
    ['containment of the gold text', 'East Sea', 'the East Sea coast'],
    ['case, curly quotes and spacing are ignored', 'North’s  “Chagang”', "north's \"chagang\""],
    ['the first gold number, commas dropped', 'approximately 1,100 kilometers (680 miles)', 'some 1100 km'],
    ['a shared significant word', 'waters between the Korean Peninsula and Japan', 'Sea of Japan'],
    ['a word with an apostrophe', "Kanggye area of the North's Chagang Province", "the province's Kanggye"],
  ])('matches: %s', (_name, gold, report) => {
    expect(textsMatch(gold, report)).toBe(true);
  });

  it.each([
    ['an empty report text', 'East Sea', ''],
    ['only the second gold number', 'approximately 1,100 kilometers (680 miles)', 'about 680 miles'],
    ['a number in gold stops the word rule', '9:30 a.m. in the morning', 'morning of 10:30'],
    ['only stop words in common', 'the area around Pyongyang', 'the area around Wonsan'],
    ['similar words are not the same word', 'Sea of Japan', 'Japanese sea'],
    ['words shorter than four letters', 'Red Sea', 'sea red'],
  ])('does not match: %s', (_name, gold, report) => {
    expect(textsMatch(gold, report)).toBe(false);
  });

  it('normalises and takes stems like score-gold', () => {
    expect(norm('  It‘s\n\t“ok” ')).toBe('it\'s "ok"');
    expect(stem('articles/000_abc.txt')).toBe('000_abc');
    expect(stem('000_abc')).toBe('000_abc');
  });
});
