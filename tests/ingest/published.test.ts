import { describe, expect, it } from 'vitest';
import { findFullDate, matchDateline, matchStamp } from '../../src/util/dates/inMetadata.js';
import { ingestOne } from './helpers.js';

const BODY = 'The rocket flew east for 900 kilometers before falling into the sea, the navy said.';

describe('full dates', () => {
  it.each([
    ['on January 6, 2025, at noon', '2025-01-06'],
    ['on Jan. 6, 2025', '2025-01-06'],
    ['on Sept. 9 2024', '2024-09-09'],
    ['on Sep 9, 2024', '2024-09-09'],
    ['on 6 January 2025', '2025-01-06'],
    ['on the 6th of January, 2025', '2025-01-06'],
    ['stamp 2025-01-06T09:30:00+09:00', '2025-01-06'],
    ['on JANUARY 6, 2025', '2025-01-06'],
    ['on February 29, 2024', '2024-02-29'],
    ['on February 30, 2025, or rather March 1, 2025', '2025-03-01'],
  ])('%s -> %s', (text, day) => {
    const found = findFullDate(text);
    expect(found && [found.date.year, found.date.month, found.date.day].map((n) => String(n).padStart(2, '0')).join('-')).toBe(day);
  });

  it.each(['on January 6', 'in 2025', 'on February 29, 2025', 'on 2025-13-01', 'they may 6, 2025 agree', 'at 12025-01-06'])(
    'no full date in %s',
    (text) => expect(findFullDate(text)).toBeUndefined(),
  );
});

describe('datelines', () => {
  it.each([
    ['SEOUL, Jan. 14 (UPI) — The rocket', { kind: 'month-day', month: 1, day: 14 }],
    ['TOKYO, March 3 (Reuters) - The rocket', { kind: 'month-day', month: 3, day: 3 }],
    ['Seoul, Jan 14 (Yonhap) -- The rocket', { kind: 'month-day', month: 1, day: 14 }],
    ['KYIV, Ukraine, Sept. 9, 2024 (AP) — The rocket', { kind: 'full', date: { year: 2024, month: 9, day: 9 } }],
    ['March 3, 2025 — The rocket', { kind: 'full', date: { year: 2025, month: 3, day: 3 } }],
    ['LONDON, 3 March (Reuters) - The rocket', { kind: 'month-day', month: 3, day: 3 }],
  ])('%s', (text, expected) => expect(matchDateline(text)).toEqual(expected));

  it.each([
    'WASHINGTON (AP) — The rocket',
    'SEOUL, Feb. 30 (UPI) — The rocket',
    'The rocket flew on Jan. 14 — officials said',
    'On March 3, the rocket flew.',
  ])('no dated dateline: %s', (text) => expect(matchDateline(text)).toBeUndefined());
});

describe('date stamps', () => {
  it.each([
    ['Published: March 3, 2025', '2025-03-03'],
    ['Updated 10:15 a.m. EST, Mon March 3, 2025', '2025-03-03'],
    ['March 3, 2025 at 4:12 PM', '2025-03-03'],
    ['Monday, March 3, 2025', '2025-03-03'],
    ['Posted on 3 March 2025 by the desk', '2025-03-03'],
  ])('%s', (line, day) => {
    const d = matchStamp(line);
    expect(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(day);
  });

  it.each([
    'March 3, 2025 was the day the rocket flew east for 900 kilometers over the sea.',
    'Publishers met on March 3, 2025.',
    'Updated',
  ])('no stamp: %s', (line) => expect(matchStamp(line)).toBeUndefined());
});

describe('publication date of an article', () => {
  it('a dateline without a year and no asOf: no date, the month and day handed on', () => {
    const a = ingestOne('a.txt', `SEOUL, Jan. 14 (UPI) — ${BODY}\n`);
    expect(a.published).toBeUndefined();
    expect(a.datelineMonthDay).toEqual({ month: 1, day: 14 });
  });

  it.each([
    ['2025-01-20', '2025-01-14'],
    ['2025-01-14', '2025-01-14'],
    ['2025-01-10', '2024-01-14'],
  ])('a yearless dateline with asOf %s is handed on, at latest %s (the other sources place it)', (asOf, day) => {
    const a = ingestOne('a.txt', `SEOUL, Jan. 14 (UPI) — ${BODY}\n`, asOf);
    expect(a.published).toBeUndefined();
    expect(a.datelineMonthDay).toEqual({ month: 1, day: 14, latest: day });
  });

  it('Feb. 29 falls at latest in the last leap year before asOf', () => {
    const a = ingestOne('a.txt', `TOKYO, Feb. 29 (Kyodo) - ${BODY}\n`, '2027-06-01');
    expect(a.datelineMonthDay).toEqual({ month: 2, day: 29, latest: '2024-02-29' });
  });

  it('an impossible dateline date is ignored', () => {
    const a = ingestOne('a.txt', `SEOUL, Feb. 30 (UPI) — ${BODY}\n`, '2025-05-01');
    expect(a.published).toEqual({ day: '2025-05-01', from: 'as-of' });
  });

  it('a yearless dateline takes its year from a lead date on the same day', () => {
    const a = ingestOne('a.txt', `SEOUL, Jan. 14 (UPI) — On January 14, 2025, ${BODY}\n`);
    expect(a.published).toEqual({ day: '2025-01-14', from: 'dateline' });
  });

  it('a yearless dateline ignores lead dates of other days', () => {
    const a = ingestOne('a.txt', `SEOUL, Jan. 14 (UPI) — ${BODY}\nA similar test took place on November 5, 2024.\n`);
    expect(a.published).toBeUndefined();
    expect(a.datelineMonthDay).toEqual({ month: 1, day: 14 });
  });

  it('a dateline with a year', () => {
    const a = ingestOne('a.txt', `Rocket Test\n\nMarch 3, 2025 — ${BODY}\n`);
    expect(a.published).toEqual({ day: '2025-03-03', from: 'dateline' });
  });

  it('the dateline may follow a caption line', () => {
    const a = ingestOne('a.txt', `Crowds watch the launch on a screen. Photo by Jo Kim/EPA-EFE\nSEOUL, Jan. 14 (UPI) — ${BODY}\n`, '2025-02-01');
    expect(a.datelineMonthDay).toEqual({ month: 1, day: 14, latest: '2025-01-14' });
  });

  it('a dateline without a date leaves the date to the lead', () => {
    const a = ingestOne('a.txt', `WASHINGTON (AP) — ${BODY} It was the first test since 6 January 2025.\n`, '2025-03-01');
    expect(a.published).toEqual({ day: '2025-01-06', from: 'lead' });
  });

  it.each([
    'Published: March 3, 2025',
    'Updated 10:15 a.m. EST, Mon March 3, 2025',
    'March 3, 2025 at 4:12 PM',
  ])('a site date stamp: %s', (stamp) => {
    const a = ingestOne('a.txt', `Rocket Test Over the Bay\n\nBy Maria Okafor\n${stamp}\n\n${BODY} A first test came on January 6, 2024.\n`);
    expect(a.published).toEqual({ day: '2025-03-03', from: 'dateline' });
  });

  it.each([
    ['On January 6, 2025, the rocket flew.', '2025-01-06'],
    ['The rocket flew on 6 January 2025.', '2025-01-06'],
    ['The rocket flew (2025-01-06).', '2025-01-06'],
  ])('the lead date: %s', (lead, day) => {
    const a = ingestOne('a.txt', `Rocket Test Over the Bay\n\n${lead} ${BODY}\n`, '2026-01-01');
    expect(a.published).toEqual({ day, from: 'lead' });
  });

  it('dates past the lead, in captions or in headings do not date the article', () => {
    const filler = `${BODY} `.repeat(8);
    const a = ingestOne(
      'a.txt',
      `Test of January 6, 2025\n\nA rocket on its pad on January 5, 2025. Photo by Jo Kim/Reuters\n\n${filler}\n\nIt last flew on January 6, 2024.\n`,
    );
    expect(a.published).toBeUndefined();
  });

  it('falls back to asOf, else leaves the date unknown', () => {
    expect(ingestOne('a.txt', `${BODY}\n`, '2025-04-01').published).toEqual({ day: '2025-04-01', from: 'as-of' });
    expect(ingestOne('a.txt', `${BODY}\n`).published).toBeUndefined();
  });

  it('front matter outranks everything', () => {
    const a = ingestOne('a.md', `---\npublished: 2025-01-15\n---\nSEOUL, Jan. 14 (UPI) — ${BODY}\n`, '2025-02-01');
    expect(a.published).toEqual({ day: '2025-01-15', from: 'front-matter' });
  });
});
