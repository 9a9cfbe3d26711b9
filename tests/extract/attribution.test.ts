import { describe, expect, it } from 'vitest';
import { attributionOf } from '../../src/extract/attribution.js';

describe('attribution', () => {
  it.each([
    ['The quake had a magnitude of 7.1, according to the national seismic institute.', 'the national seismic institute'],
    ["The missiles flew about 250 km, South Korea's Joint Chiefs of Staff said.", "South Korea's Joint Chiefs of Staff"],
    ['State media claimed the rocket reached 6,000 km.', 'State media'],
    ['At least 310 people died, said the civil protection agency.', 'the civil protection agency'],
    ['The missile flew 900 km and landed in the sea, officials in Tokyo said.', 'officials in Tokyo'],
  ])('%s', (sentence, who) => {
    expect(attributionOf(sentence)).toBe(who);
  });

  it.each([['The missile flew 900 km.'], ['It said nothing about the range.'], ['The missile, which officials said flew far, fell.']])('none in %s', (s) => {
    expect(attributionOf(s)).toBeUndefined();
  });
});
