import { describe, expect, it } from 'vitest';
import { buildQuantityScanner, findQuantities } from '../../src/extract/quantities.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

const scanner = buildQuantityScanner(shippedKnowledge().units);
const find = (s: string) =>
  findQuantities(s, scanner).map((q) => ({
    text: s.slice(q.start, q.end),
    value: q.raw.number.value,
    unit: q.raw.unit,
    hedge: q.raw.hedge,
    ...(q.raw.high ? { high: q.raw.high.value } : {}),
    ...(q.raw.alternate ? { alt: `${q.raw.alternate.number.value} ${q.raw.alternate.unit}` } : {}),
  }));

describe('quantities', () => {
  it.each([
    ['it flew approximately 685 miles before', { text: 'approximately 685 miles', value: 685, unit: 'mi', hedge: 'approximately' }],
    ['traveled about 1,100 kilometers (680 miles) before', { text: 'about 1,100 kilometers (680 miles)', value: 1100, unit: 'km', hedge: 'approximately', alt: '680 mi' }],
    ['a range of 3,000 to 5,500 kilometers', { text: '3,000 to 5,500 kilometers', value: 3000, unit: 'km', hedge: 'exact', high: 5500 }],
    ['reached 50 km in altitude', { text: '50 km', value: 50, unit: 'km', hedge: 'exact' }],
    ['more than 1,000 km', { text: 'more than 1,000 km', value: 1000, unit: 'km', hedge: 'more-than' }],
    ['some 900 kilometres', { text: 'some 900 kilometres', value: 900, unit: 'km', hedge: 'approximately' }],
    ['a 600-km flight', { text: '600-km', value: 600, unit: 'km', hedge: 'exact' }],
    ['flew 370 nautical miles', { text: '370 nautical miles', value: 370, unit: 'nmi', hedge: 'exact' }],
    ['lasted 67 minutes', { text: '67 minutes', value: 67, unit: 'min', hedge: 'exact' }],
    ['at 3.5 km altitude', { text: '3.5 km', value: 3.5, unit: 'km', hedge: 'exact' }],
  ])('%s', (sentence, expected) => {
    expect(find(sentence)).toEqual([expected]);
  });

  it.each([
    ['in 2025 the test'],
    ['at 9:30 a.m. local time'],
    ['five million people'],
    ['the 1990s saw many tests'],
    ['6 dead, dozens hurt in bridge collapse'],
    ['6 dead and tens hurt'],
    ['Hwasong-18 was tested'],
    ['no figures at all here'],
  ])('finds nothing in %s', (sentence) => {
    expect(find(sentence)).toEqual([]);
  });

  it('reads the rounding the digits imply', () => {
    const [q] = findQuantities('about 1,100 km', scanner);
    expect(q.raw.number.rounding).toBe(50);
    const [p] = findQuantities('685 miles', scanner);
    expect(p.raw.number.rounding).toBe(0.5);
  });
});
