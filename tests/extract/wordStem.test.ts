import { describe, expect, it } from 'vitest';
import { phraseStems, stem, wordStems } from '../../src/util/wordStem.js';

// Phrases match by stem: every form of a word family must meet at one stem, and the stems of other words must not.
describe('word stems', () => {
  it.each([
    [['cancel', 'canceled', 'cancelled', 'cancels', 'cancelling', 'canceling']],
    [['deploy', 'deployed', 'deploying', 'deploys']],
    [['strike', 'struck', 'striking', 'strikes']],
    [['collide', 'collided', 'colliding', 'collides']],
    [['warning', 'warnings', 'warned', 'warn']],
    [['issue', 'issued', 'issues', 'issuing']],
    [['hit', 'hits', 'hitting']],
    [['carry', 'carried', 'carries', 'carrying']],
    [['crash', 'crashed', 'crashes', 'crashing']],
    [['succeed', 'succeeded', 'succeeds']],
    [['fall', 'fell', 'fallen', 'falls']],
    [['be', 'was', 'were', 'is', 'been', 'being']],
  ])('%j meet at one stem', (forms) => {
    expect(new Set(forms.map((w) => stem(w))).size).toBe(1);
  });

  it.each([
    ['deploy', 'deployment'],
    ['land', 'landslide'],
    ['bring', 'br'],
  ])('%s and %s stay apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('reads a contraction as its verb and "not", and keeps a hyphenated word whole', () => {
    expect(wordStems("wasn't")).toEqual(['be', 'not']);
    expect(wordStems('didn’t')).toEqual(['do', 'not']);
    expect(wordStems("can't")).toEqual(['can', 'not']);
    expect(wordStems('belly-landed')).toEqual(wordStems('belly-landing'));
    expect(wordStems("plane's")).toEqual(wordStems('plane'));
  });

  it('keeps "..." in a phrase as the gap it marks', () => {
    expect(phraseStems('collision ... with birds')).toEqual(['collision', '...', 'with', 'bird']);
  });
});
