import { describe, expect, it } from 'vitest';
import { clusterSourceEvents, clusterWithReadings } from '../../src/events/cluster.js';
import { relate as relateValues } from '../../src/values/index.js';
import type { KindInfo, RelateFn } from '../../src/events/types.js';
import type { DateValue, Mention, SourceEvent, Value } from '../../src/model/types.js';

const KINDS = new Map<string, KindInfo>([
  ['launch.site', { type: 'place' }],
  ['flight.distance', { type: 'quantity', dimension: 'length' }],
  ['flight.altitude', { type: 'quantity', dimension: 'length' }],
  ['launch.date', { type: 'date' }],
]);

/** The compare stage's comparators, as the pipeline hands them to the events stage, with a count of the calls. */
function countingRelate(): { relate: RelateFn; calls: () => number } {
  let calls = 0;
  const relate: RelateFn = (_kind, a, b) => {
    calls++;
    return relateValues(a, b, 0);
  };
  return { relate, calls: () => calls };
}

const stated = { year: true, month: true, day: true, weekday: false };
const onDay = (day: string): DateValue => ({ type: 'date', earliest: day, latest: day, stated });
const inMonth = (month: string): DateValue => ({ type: 'date', earliest: `${month}-01`, latest: `${month}-28`, stated: { ...stated, day: false } });
const yearless = (month: number, day: number): DateValue => ({ type: 'date', month, day, stated: { ...stated, year: false } });

function mention(source: string, kind: string, value: Value): Mention {
  return { id: `${source}:${kind}`, kind, source, span: { source, start: 0, end: 1, line: 1, column: 1, text: 'x' }, value, tag: 't', sentence: 0, role: 'main' };
}

const km = (n: number) => ({ type: 'quantity', dimension: 'length', stated: n, unit: 'km', hedge: 'exact', base: n * 1000, lo: n * 1000 - 500, hi: n * 1000 + 500 }) as Value;

function account(source: string, date: DateValue | undefined, site: string, distance?: number, altitude?: number): SourceEvent {
  const mentions = [mention(source, 'launch.site', { type: 'place', name: site, within: [] })];
  if (distance !== undefined) mentions.push(mention(source, 'flight.distance', km(distance)));
  if (altitude !== undefined) mentions.push(mention(source, 'flight.altitude', km(altitude)));
  return { source, role: 'main', date, mentions };
}

const sourcesOf = (clusters: SourceEvent[][]) => clusters.map((c) => c.map((e) => e.source));

describe('event clustering', () => {
  it('puts a date stated without its year with the event on that month and day', () => {
    const { relate } = countingRelate();
    const clusters = clusterSourceEvents(
      [account('a', onDay('2018-10-19'), 'Sinpo'), account('b', onDay('2019-03-05'), 'Sinpo'), account('c', yearless(10, 19), 'Sinpo')],
      KINDS,
      relate,
    );
    expect(sourcesOf(clusters)).toEqual([['a', 'c'], ['b']]);
  });

  it('does not put a yearless date with an event of another month and day, though its site and figure agree', () => {
    // In an archive every year has a launch from Sinpo of about 900 km: the month and day is what places it.
    const { relate } = countingRelate();
    const clusters = clusterSourceEvents([account('a', onDay('2018-10-19'), 'Sinpo', 900), account('c', yearless(11, 30), 'Sinpo', 900)], KINDS, relate);
    expect(sourcesOf(clusters)).toEqual([['a'], ['c']]);
  });

  it('finds a source whose day is off by more than one within the month', () => {
    const { relate } = countingRelate();
    const clusters = clusterSourceEvents(
      [account('a', onDay('2024-01-06'), 'Sinpo', 900, 1500), account('b', onDay('2024-01-06'), 'Sinpo', 900, 1500), account('c', onDay('2024-01-09'), 'Sinpo', 900, 1500)],
      KINDS,
      relate,
    );
    expect(sourcesOf(clusters)).toEqual([['a', 'b', 'c']]);
  });

  it('keeps two exact days weeks apart apart, though the site and a figure agree', () => {
    const { relate } = countingRelate();
    const clusters = clusterSourceEvents([account('a', onDay('2024-01-06'), 'Sinpo', 900, 1500), account('b', onDay('2024-01-26'), 'Sinpo', 900, 1500)], KINDS, relate);
    expect(sourcesOf(clusters)).toEqual([['a'], ['b']]);
  });

  it('ties a test recalled by its month to that month\'s event only when two figures match and none differs', () => {
    const { relate } = countingRelate();
    const recalled = (source: string, distance: number, altitude?: number): SourceEvent => ({ ...account(source, inMonth('2024-02'), 'Sinpo', distance, altitude), role: 'other' });
    const clusters = clusterSourceEvents(
      [account('a', onDay('2024-02-09'), 'Sinpo', 900, 1500), account('b', onDay('2024-02-09'), 'Sinpo', 900, 1500), recalled('c', 480, 1500), recalled('d', 900), recalled('e', 900, 1500)],
      KINDS,
      relate,
    );
    // One matching figure is not enough: a hedged figure matches some event of most months in an archive.
    expect(sourcesOf(clusters)).toEqual([['a', 'b', 'e'], ['c'], ['d']]);
  });

  describe('an article whose year is a guess', () => {
    /** An article read as of each candidate day: its one account, on that day. */
    const readings = (source: string, site: string, distance: number, altitude: number) => ({
      days: ['2024-03-12', '2025-03-12'],
      read: (day: string) => [account(source, onDay(day), site, distance, altitude)],
    });

    it('keeps the reading the other sources support, not the first', () => {
      const { relate } = countingRelate();
      const events = [account('a', onDay('2024-03-12'), 'Sinpo', 900, 1500), account('b', onDay('2025-03-12'), 'Kusong', 300, 60)];
      const { clusters, chosen } = clusterWithReadings(events, [readings('w', 'Kusong', 300, 60)], KINDS, relate);
      expect(chosen).toEqual([1]);
      expect(sourcesOf(clusters)).toEqual([['a'], ['b', 'w']]);
    });

    it('prefers a reading that puts the reported day on the dateline\'s, or the day before, to a better match days earlier', () => {
      const { relate } = countingRelate();
      // "Wednesday" under a March 12 dateline: March 12 itself in 2025, but March 9 as of 2024.
      const wire = {
        days: ['2024-03-12', '2025-03-12'],
        read: (day: string) => [day.startsWith('2024') ? account('w', onDay('2024-03-09'), 'Kusong', 300, 60) : account('w', onDay('2025-03-12'), 'Kusong', 300, 90)],
      };
      const events = [account('a', onDay('2024-03-09'), 'Kusong', 300, 60), account('b', onDay('2025-03-12'), 'Kusong', 300, 250)];
      const { clusters, chosen } = clusterWithReadings(events, [wire], KINDS, relate);
      expect(chosen).toEqual([1]);
      expect(sourcesOf(clusters)).toEqual([['a'], ['b', 'w']]);
    });

    it('takes no reading that puts the reported day after the dateline\'s', () => {
      const { relate } = countingRelate();
      // As of 2024, "Wednesday" before a March 12 dateline would be March 13: no wire reports from the future.
      const afterDateline = { days: ['2024-03-12'], read: () => [account('w', onDay('2024-03-13'), 'Kusong', 300, 60)] };
      const { clusters, chosen } = clusterWithReadings([account('a', onDay('2024-03-13'), 'Kusong', 300, 60)], [afterDateline], KINDS, relate);
      expect(chosen).toEqual([undefined]);
      expect(sourcesOf(clusters)).toEqual([['a'], ['w']]);
    });

    it('keeps the guess and joins nothing when no reading, or more than one, is supported', () => {
      const { relate } = countingRelate();
      const twins = [account('a', onDay('2024-03-12'), 'Sinpo', 900, 1500), account('b', onDay('2025-03-12'), 'Sinpo', 900, 1500)];
      const result = clusterWithReadings(twins, [readings('w', 'Hwangju', 700, 20), readings('v', 'Sinpo', 900, 1500)], KINDS, relate);
      expect(result.chosen).toEqual([undefined, undefined]);
      expect(sourcesOf(result.clusters)).toEqual([['a'], ['b'], ['w'], ['v']]);
    });
  });

  // Work counted in comparisons, not timed: twice the accounts may cost at most 2.2 times the comparisons.
  it.each([
    ['undated accounts naming one place', (i: number) => account(`s${i}`, undefined, 'Sinpo', 100 + 10 * i)],
    ['accounts of many events on one day', (i: number) => account(`s${i}`, onDay('2024-01-06'), `Site ${i}`, 100 + 10 * i)],
  ])('compares %s with a bounded number of events', (_name, make) => {
    const comparisons = (n: number) => {
      const { relate, calls } = countingRelate();
      clusterSourceEvents(Array.from({ length: n }, (_, i) => make(i)), KINDS, relate);
      return calls();
    };
    const small = comparisons(1000);
    const large = comparisons(2000);
    expect(large).toBeGreaterThan(small);
    expect(large / small).toBeLessThanOrEqual(2.2);
  });
});
