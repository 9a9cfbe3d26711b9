import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relate as relateValues } from '../../src/values/index.js';
import { dateEvidence, dayOf, evidence, weighable, type Profile } from '../../src/events/evidence.js';
import type { KindInfo, RelateFn } from '../../src/events/types.js';
import type { DateValue, Mention, SourceEvent, Value } from '../../src/model/types.js';
import { pushTo } from '../../src/util/multimap.js';

// Clustering skips an event when the date's evidence plus the account's `gain` cannot reach the bar: that
// is exact only if evidence never exceeds that bound, whatever the two sides hold.

const KINDS = new Map<string, KindInfo>([
  ['launch.site', { type: 'place' }],
  ['flight.distance', { type: 'quantity', dimension: 'length' }],
  ['flight.altitude', { type: 'quantity', dimension: 'length' }],
  ['missile.type', { type: 'category' }],
  ['launch.time', { type: 'time' }],
  ['casualties', { type: 'quantity', dimension: 'count' }],
]);
const relate: RelateFn = (_kind, a, b) => relateValues(a, b, 0);

const stated = { year: true, month: true, day: true, weekday: false };
const dateArb: fc.Arbitrary<DateValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 40 }).map((d): DateValue => {
    const day = `2024-03-${String((d % 28) + 1).padStart(2, '0')}`;
    return d > 28 ? { type: 'date', earliest: '2024-03-01', latest: '2024-03-31', stated: { ...stated, day: false } } : { type: 'date', earliest: day, latest: day, stated };
  }),
  fc.integer({ min: 1, max: 28 }).map((day): DateValue => ({ type: 'date', month: 3, day, stated: { ...stated, year: false } })),
);

const km = (n: number): Value => ({ type: 'quantity', dimension: 'length', stated: n, unit: 'km', hedge: 'approximately', base: n * 1000, lo: n * 950, hi: n * 1050 });
const valueArb: fc.Arbitrary<[string, Value]> = fc.oneof(
  fc.constantFrom('Sinpo', 'Pyongyang', 'Kusong').map((name): [string, Value] => ['launch.site', { type: 'place', name, within: name === 'Sinpo' ? [] : ['North Korea'] }]),
  fc.integer({ min: 8, max: 12 }).map((n): [string, Value] => ['flight.distance', km(n * 100)]),
  fc.integer({ min: 1, max: 4 }).map((n): [string, Value] => ['flight.altitude', km(n * 100)]),
  fc.integer({ min: 1, max: 3 }).map((n): [string, Value] => ['casualties', { type: 'quantity', dimension: 'count', stated: n, unit: '', hedge: 'exact', base: n, lo: n, hi: n }]),
  // Lineages run from the most specific name to the root, as the category lists give them.
  fc.constantFrom(['ballistic'], ['irbm', 'ballistic'], ['srbm', 'ballistic'], ['cruise']).map((lineage): [string, Value] => [
    'missile.type',
    { type: 'category', id: lineage[0], label: lineage[0], lineage },
  ]),
  fc.integer({ min: 0, max: 8 }).map((h): [string, Value] => ['launch.time', { type: 'time', minutes: h * 60, lo: h * 60, hi: h * 60 }]),
);

function account(source: string, role: 'main' | 'other', date: DateValue | undefined, values: [string, Value][]): SourceEvent {
  const mentions: Mention[] = values.map(([kind, value], i) => ({
    id: `${source}:${i}`,
    kind,
    source,
    span: { source, start: i, end: i + 1, line: 1, column: i + 1, text: 'x' },
    value,
    tag: 't',
    sentence: 0,
    role,
  }));
  return { source, role, date, mentions };
}

function profileOf(accounts: SourceEvent[]): Profile {
  const dated = accounts.filter((a) => a.date);
  const profile: Profile = { dated, days: dated.map((a) => dayOf(a.date)), profile: new Map(), specific: new Map() };
  for (const m of accounts.flatMap((a) => a.mentions)) {
    pushTo(profile.profile, m.kind, m);
    const known = profile.specific.get(m.kind);
    if (m.value.type === 'category' && (!known || (known.value.type === 'category' && m.value.lineage.length > known.value.lineage.length))) profile.specific.set(m.kind, m);
  }
  return profile;
}

const accountArb = (source: string) =>
  fc.tuple(fc.constantFrom('main' as const, 'other' as const), dateArb, fc.array(valueArb, { maxLength: 6 })).map(([role, date, values]) => account(source, role, date, values));

describe('evidence', () => {
  it('never exceeds what the date says plus the account gain', () => {
    fc.assert(
      fc.property(accountArb('a'), fc.array(accountArb('b'), { minLength: 1, maxLength: 3 }), (mine, theirs) => {
        const weighed = weighable(mine, KINDS);
        const profile = profileOf(theirs);
        const onDate = dateEvidence(mine.date, weighed.day, profile, relate);
        const score = evidence(mine, weighed, profile, onDate, relate);
        expect(score).toBeLessThanOrEqual(onDate + weighed.gain);
        // An account that cannot be joined scores -Infinity against every event.
        if (!weighed.joinable) expect(score).toBe(-Infinity);
      }),
      { numRuns: 2000 },
    );
  });

  it('weighs two single days by their day numbers exactly as through relate()', () => {
    const dayArb = fc.integer({ min: 0, max: 60 }).map((n): DateValue => {
      const day = new Date(Date.UTC(2024, 1, 20 + n)).toISOString().slice(0, 10);
      return { type: 'date', earliest: day, latest: day, stated };
    });
    fc.assert(
      fc.property(fc.oneof(dayArb, dateArb), fc.array(fc.oneof(dayArb, dateArb), { minLength: 1, maxLength: 3 }), (mine, theirs) => {
        const dated = theirs.filter((d): d is DateValue => d !== undefined).map((date) => account('b', 'main', date, []));
        const byNumbers = dateEvidence(mine, dayOf(mine), { dated, days: dated.map((a) => dayOf(a.date)) }, relate);
        const throughRelate = dateEvidence(mine, undefined, { dated, days: dated.map(() => undefined) }, relate);
        expect(byNumbers).toBe(throughRelate);
      }),
      { numRuns: 3000 },
    );
  });

  it('reaches the bound when every kind agrees', () => {
    const both: [string, Value][] = [
      ['launch.site', { type: 'place', name: 'Sinpo', within: [] }],
      ['flight.distance', km(1000)],
      ['missile.type', { type: 'category', id: 'irbm', label: 'IRBM', lineage: ['irbm', 'ballistic'] }],
    ];
    const mine = account('a', 'main', undefined, both);
    const weighed = weighable(mine, KINDS);
    expect(weighed.gain).toBe(1 + 2 + 1.5);
    expect(evidence(mine, weighed, profileOf([account('b', 'main', undefined, both)]), 0, relate)).toBe(weighed.gain);
  });

  it('leaves counts out of the gain: they are not weighed', () => {
    const weighed = weighable(account('a', 'main', undefined, [['casualties', { type: 'quantity', dimension: 'count', stated: 3, unit: '', hedge: 'exact', base: 3, lo: 3, hi: 3 }]]), KINDS);
    expect(weighed.gain).toBe(0);
  });
});
