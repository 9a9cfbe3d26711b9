import { describe, expect, it } from 'vitest';
import { phraseTenses, tensesOf } from '../../src/extract/inflect.js';

describe('the tenses of a cue', () => {
  it.each([
    ['crash', ['crash', 'crashed', 'crashing']],
    ['slam', ['slam', 'slammed', 'slamming']],
    ['strike', ['strike', 'struck', 'striking']],
    ['come', ['come', 'came', 'coming']],
    ['fly', ['fly', 'flew', 'flown', 'flying']],
    ['cancel', ['cancel', 'canceled', 'cancelled', 'canceling', 'cancelling']],
  ])('a base form takes its past and -ing forms: %s', (word, expected) => {
    expect(tensesOf(word).sort()).toEqual([...expected].sort());
  });

  it('gives no form an -s: "launches" is mostly a plural noun', () => {
    expect(tensesOf('launch')).not.toContain('launches');
    expect(tensesOf('crash')).not.toContain('crashes');
  });

  it('a past form takes the -ing form but not the base, often a noun of another sense', () => {
    expect(tensesOf('fired')).toContain('firing');
    expect(tensesOf('fired')).not.toContain('fire');
    expect(tensesOf('fired')).not.toContain('fires');
    expect(tensesOf('struck')).toEqual(['struck', 'striking']);
  });

  it('an -ing form takes the past', () => {
    expect(tensesOf('landing')).toEqual(['landing', 'landed']);
  });

  it('inflects the first word of a phrase only, keeping the rest', () => {
    expect(phraseTenses('slammed into')).toEqual(['slammed into', 'slamming into']);
    expect(phraseTenses('made landfall')).toEqual(['made landfall', 'making landfall']);
  });

  it('leaves hyphenated, short and non-letter words alone', () => {
    expect(tensesOf('crash-landed')).toEqual(['crash-landed']);
    expect(tensesOf('in')).toEqual(['in']);
    expect(tensesOf('7C')).toEqual(['7C']);
  });
});

describe('words that are never a verb', () => {
  it.each(['into', 'toward', 'towards', 'between', 'near'])('%s keeps its one form', (word) => {
    expect(tensesOf(word)).toEqual([word]);
  });
});
