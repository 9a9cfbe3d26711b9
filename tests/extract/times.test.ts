import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/times.js';

const find = (s: string) => findTimes(s).map((t) => ({ text: s.slice(t.start, t.end), minutes: t.raw.minutes, hedge: t.raw.hedge, zone: t.raw.zone }));

describe('times of day', () => {
  it.each([
    ['launched from there around noon.', 'around noon', 720, 'approximately', undefined],
    ['was launched around noon local time. According', 'around noon local time', 720, 'approximately', 'local'],
    ['the area at around 9:30 a.m., the JCS said', 'at around 9:30 a.m.', 570, 'approximately', undefined],
    ['landfall at 9:15 p.m. EDT on Tuesday', '9:15 p.m. EDT', 1275, 'exact', 'EDT'],
    ['came ashore at 815pm CT near', '815pm CT', 1215, 'exact', 'CT'],
    ['struck at 0115 GMT, March 3', '0115 GMT', 75, 'exact', 'GMT'],
    ['at 10:15 a.m. local time', '10:15 a.m. local time', 615, 'exact', 'local'],
    ['shortly before 8 a.m. Korea time', 'shortly before 8 a.m. Korea time', 480, 'shortly-before', 'Korea time'],
    ['fired at midnight', 'midnight', 0, 'exact', undefined],
  ])('%s', (sentence, text, minutes, hedge, zone) => {
    expect(find(sentence)).toEqual([{ text, minutes, hedge, zone }]);
  });

  it.each([['flew 1,100 km'], ['in 2025 at last'], ['13:75 is not a time'], ['the 24 hours since']])('finds no time in %s', (s) => {
    expect(find(s)).toEqual([]);
  });
});
