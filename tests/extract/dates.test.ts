import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/util/dates/inText.js';
import { resolveDate } from '../../src/values/index.js';

const find = (s: string) => findDates(s).map((d) => ({ text: s.slice(d.start, d.end), ...d.raw }));

describe('dates', () => {
  it.each([
    ['On January 6, 2025, the North fired', { text: 'January 6, 2025', type: 'date', month: 1, day: 6, year: 2025 }],
    ['a salvo on Nov. 5, just hours before', { text: 'Nov. 5', type: 'date', month: 11, day: 5 }],
    ['since November 2024, when', { text: 'November 2024', type: 'date', month: 11, year: 2024 }],
    ['On Monday, amid the visit', { text: 'Monday', type: 'date', relative: 'weekday', weekday: 1 }],
    ['fired a missile last week while', { text: 'last week', type: 'date', relative: 'last-week' }],
    ['launched yesterday from', { text: 'yesterday', type: 'date', relative: 'yesterday' }],
    ['three days ago the North', { text: 'three days ago', type: 'date', relative: 'days-ago', daysAgo: 3 }],
    ['In 1998, a rocket flew over Japan', { text: '1998', type: 'date', year: 1998 }],
    ['2017: tests of long-range missiles', { text: '2017', type: 'date', year: 2017 }],
    ['the test on 6 January 2025 was', { text: '6 January 2025', type: 'date', month: 1, day: 6, year: 2025 }],
    ['the crash on 29-Dec-2024 at Muan', { text: '29-Dec-2024', type: 'date', month: 12, day: 29, year: 2024 }],
    ['occurred on the 29th at 9:03 a.m.', { text: 'the 29th', type: 'date', relative: 'day-of-month', day: 29 }],
  ])('%s', (sentence, expected) => {
    expect(find(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['its first missile test in two months'], // a duration, not a date
    ['a range of 3,000 to 5,500 kilometers'], // chrono reads "000 to 5" as a time range
    ['at 9:30 a.m. the military detected'], // a bare time
    ['the 2,000-km range of the weapon'],
    ['the 11th typhoon of this year'], // an ordinal that counts storms
    ['on the 3rd floor of the terminal'],
    ['on the 45th day of the strike'],
  ])('finds no date in %s', (sentence) => {
    expect(find(sentence)).toEqual([]);
  });
});

describe('a day of the month alone', () => {
  it.each([
    ['2024-12-30', 29, '2024-12-29'], // this month
    ['2025-01-02', 29, '2024-12-29'], // the month before, across a year
    ['2024-12-28', 29, '2024-12-29'], // the day after publication still counts (a zone ahead)
  ])('published %s, "the %ith" is %s', (published, day, expected) => {
    expect(resolveDate({ type: 'date', relative: 'day-of-month', day }, published)).toMatchObject({ earliest: expected, latest: expected });
  });

  it('stays unresolved without a publication date', () => {
    expect(resolveDate({ type: 'date', relative: 'day-of-month', day: 29 }, undefined)).toBeUndefined();
  });
});
