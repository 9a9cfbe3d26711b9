import { describe, expect, it } from 'vitest';
import { buildQuantityScanner, findQuantities } from '../../src/extract/quantities.js';
import { findDates } from '../../src/util/dates/inText.js';
import { findTimes } from '../../src/extract/times.js';
import { relate, resolveDate, resolveQuantity, resolveTime } from '../../src/values/index.js';
import type { Reference, Value } from '../../src/model/types.js';
import { compassPoint, relateBearings } from '../../src/util/compass.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

const k = shippedKnowledge();
const scanner = buildQuantityScanner(k.units);
const units = new Map(k.units.map((u) => [u.id, u]));
const q = (s: string): Value => {
  const [found] = findQuantities(s, scanner);
  return resolveQuantity(found.raw, units, found.dimension)!;
};
const d = (s: string, published?: string): Value => resolveDate(findDates(s)[0].raw, published)!;
const t = (s: string): Value => resolveTime(findTimes(s)[0].raw);

describe('relations between stated values', () => {
  it.each([
    ['approximately 685 miles', 'approximately 1,100 kilometers', 'same'],
    ['685 miles', '1,100 km', 'same'], // 1,102 km rounds to 1,100
    ['680 miles', '685 miles', 'close'], // differ, but overlap once rounding is allowed
    ['approximately 1,100 km', '155 miles', 'apart'],
    ['685 miles', '985 miles', 'apart'],
    ['about 14 minutes', 'around 840 seconds', 'same'],
    ['more than 1,000 km', '1,200 km', 'same'],
    ['more than 1,000 km', '800 km', 'apart'],
    ['up to 500 km', '450 km', 'same'],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(relate(q(a), q(b))).toBe(expected);
    expect(relate(q(b), q(a))).toBe(expected);
  });

  it.each([
    [d('January 6, 2025'), d('Monday', '2025-01-14'), 'apart'], // Monday the 13th
    [d('January 6, 2025'), d('Monday'), 'same'], // an unanchored Monday: 6 Jan 2025 was one
    [d('January 6, 2025'), d('Tuesday'), 'close'], // an unanchored weekday that misses is at most a variance
    [d('January 6, 2025'), d('last week', '2025-01-14'), 'same'],
    [d('January 6, 2025'), d('January 9, 2025'), 'apart'],
    [d('January 6, 2025'), d('January 7, 2025'), 'close'], // a day apart: time zones and midnight
    [d('November 5, 2024'), d('November 2024'), 'same'],
    [d('November 5, 2024'), d('Nov. 5', '2025-01-14'), 'same'],
    [d('January 6, 2025'), d('yesterday', '2025-01-08'), 'close'], // a relative day one off: the page date may be
  ])('dates %#', (a, b, expected) => {
    expect(relate(a, b)).toBe(expected);
  });

  it.each([
    ['around noon', 'around noon local time', 'same'],
    ['9:30 a.m.', '12:00 noon', 'apart'],
    ['around 9:30 a.m.', '9:45 a.m.', 'same'],
    ['9:15 p.m. EDT', '0115 GMT', 'same'], // the same instant
    ['9:15 p.m. EDT', '0215 GMT', 'apart'], // an hour off
  ])('times %s ~ %s: %s', (a, b, expected) => {
    expect(relate(t(a), t(b))).toBe(expected);
  });

  it.each([
    ['NW', 'W', 'same'], // "north-west" (±22.5°) lies in "west" (±45°)
    ['SE', 'E', 'same'],
    ['WSW', 'SW', 'same'],
    ['S', 'W', 'close'], // sectors touch at south-west
    ['NW', 'NE', 'apart'],
    ['N', 'S', 'apart'],
    ['NNW', 'NNE', 'apart'], // each told to ±11.25°: 45° apart
  ])('bearings %s ~ %s: %s', (a, b, expected) => {
    expect(relateBearings(a, b)).toBe(expected);
    expect(relateBearings(b, a)).toBe(expected);
  });

  it.each([
    ['north-west', 'NW'],
    ['Northwest', 'NW'],
    ['west-southwest', 'WSW'],
    ['west-south-west', 'WSW'],
    ['NNE', 'NNE'],
    ['south west', 'SW'],
    ['north-south', undefined],
    ['NSE', undefined],
  ])('compass point of %s: %s', (words, point) => {
    expect(compassPoint(words)).toBe(point);
  });

  it('distances compare only from one reference place, and from one place their bearings too', () => {
    const from = (s: string, reference: Reference): Value => ({ ...(q(s) as Extract<Value, { type: 'quantity' }>), reference });
    const ridgeview = (bearing?: string): Reference => ({ place: 'Ridgeview', unlisted: true, ...(bearing ? { bearing } : {}) });
    expect(relate(from('40 km', ridgeview('NW')), from('25 miles', ridgeview('W')))).toBe('same');
    expect(relate(from('40 km', ridgeview('N')), from('40 km', ridgeview('S')))).toBe('apart');
    expect(relate(from('40 km', ridgeview('N')), from('40 km', ridgeview()))).toBe('same');
    expect(relate(from('40 km', ridgeview('N')), from('40 km', { place: 'ridgeview', unlisted: true }))).toBe('same');
    // Never the same from different places: the compare stage keeps them apart, and for identity they add nothing.
    expect(relate(from('40 km', ridgeview('N')), from('40 km', { place: 'Ardmore', unlisted: true }))).toBe('apart');
    // A figure and its own conversion ("60 km (37 miles) west of Padang"): the conversion carries no reference.
    expect(relate(from('60 km', ridgeview('W')), q('37 miles'))).toBe('same');
  });

  it('places agree when one lies within the other, and categories down their tree', () => {
    const place = (name: string, within: string[] = []): Value => ({ type: 'place', name, within });
    expect(relate(place('Kanggye', ['Chagang Province', 'North Korea']), place('North Korea'))).toBe('same');
    expect(relate(place('Pyongyang', ['North Korea']), place('Kanggye', ['Chagang Province', 'North Korea']))).toBe('apart');
    // "west of Ulleung Island" is near the island, not on it: it may be any sea, and still agrees with what holds the island.
    const west = (name: string, within: string[] = []): Value => ({ type: 'place', name, within, relative: 'W' });
    expect(relate(west('Ulleung Island', ['South Korea']), place('Yellow Sea', ['Pacific Ocean']))).toBe('close');
    expect(relate(west('Ulleung Island', ['South Korea']), place('South Korea'))).toBe('same');
    expect(relate(west('Ulleung Island', ['South Korea']), place('Ulleung Island', ['South Korea']))).toBe('same');
    const cat = (id: string, lineage: string[]): Value => ({ type: 'category', id, label: id, lineage });
    expect(relate(cat('hypersonic-IRBM', ['hypersonic-IRBM', 'IRBM', 'ballistic-missile']), cat('IRBM', ['IRBM', 'ballistic-missile']))).toBe('same');
    expect(relate(cat('IRBM', ['IRBM', 'ballistic-missile']), cat('ICBM', ['ICBM', 'ballistic-missile']))).toBe('apart');
  });
});

describe('statements relate by state', () => {
  const st = (state: string, lineage: string[] = [state], extra: object = {}): Value => ({ type: 'statement', state, label: state, lineage, ...extra });
  it.each([
    ['the same state agrees', st('not-deployed'), st('not-deployed'), 'same'],
    ['a state implying the other agrees', st('lifted', ['lifted', 'issued']), st('issued'), 'same'],
    ['different states conflict', st('deployed'), st('not-deployed'), 'apart'],
    ['a hedged state differs at most', st('deployed', undefined, { hedged: true }), st('not-deployed'), 'close'],
    ['states that may hold together differ at most', st('bird-strike', undefined, { together: true }), st('engine-failure', undefined, { together: true }), 'close'],
    ['a state said of another place differs at most', st('issued', undefined, { qualifier: 'for the coast of Aceh' }), st('not-issued', undefined, { qualifier: 'to Hawaii' }), 'close'],
    ['states implied by neither conflict', st('lifted', ['lifted', 'issued']), st('not-issued'), 'apart'],
  ])('%s', (_name, a, b, relation) => {
    expect(relate(a, b)).toBe(relation);
    expect(relate(b, a)).toBe(relation);
  });
});
