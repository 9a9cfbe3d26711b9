import { describe, expect, it } from 'vitest';
import { extractCandidates, prepareExtractor } from '../../src/extract/index.js';
import { buildFigureScanner, findFigures } from '../../src/extract/figures.js';
import { ingestAll } from '../../src/ingest/index.js';
import { shippedKnowledge } from '../helpers/knowledge.js';
import { runJson } from '../helpers/run.js';

const knowledge = shippedKnowledge();
const scanner = buildFigureScanner(knowledge.units);
const ex = prepareExtractor(knowledge);
/** "quote = value[..high] unit" for each quantity the general reader finds. */
const read = (s: string) =>
  findFigures(s, scanner).map((f) => `${s.slice(f.start, f.end)} = ${f.raw.number.value}${f.raw.high ? `..${f.raw.high.value}` : ''} ${f.raw.unit}`);
/** "kind: quote" for each quantity candidate of a one-sentence article. */
const claims = (s: string) =>
  extractCandidates(ingestAll([{ path: 's.txt', content: s }], {})[0], ex)
    .filter((c) => c.raw.type === 'quantity')
    .map((c) => `${c.kind}: ${c.span.text}`);

describe('the general quantity reader', () => {
  it.each([
    ['It cost an estimated $3.2 billion.', ['an estimated $3.2 billion = 3200000000 USD']],
    ['Brussels pledged €40m.', ['€40m = 40000000 EUR']],
    ['It set aside Rs 40 crore and Rs. 2.5 lakh.', ['Rs 40 crore = 400000000 INR', 'Rs. 2.5 lakh = 250000 INR']],
    ['The bill was $3-4 billion.', ['$3-4 billion = 3000000000..4000000000 USD']],
    ['Claims of between $30 billion and $50 billion.', ['between $30 billion and $50 billion = 30000000000..50000000000 USD']],
    ['Gas hit $4 a gallon.', ['$4 a gallon = 4 USD/gallon']],
    ['Diesel was €1.75 a week earlier.', ['€1.75 = 1.75 EUR']],
    ['About a fifth of homes and two-thirds of the shops.', ['About a fifth = 20 percent', 'two-thirds = 66.67 percent']],
    ['One in four residents had no water.', ['One in four residents = 25 percent']],
    ['It razed a third of a town\'s homes.', ['a third = 33.33 percent']],
    ['Maria Lopez, 72, said so.', ['72 = 72 years']],
    ['A woman in her 60s and recruits aged between 18 and 25.', ['in her 60s = 60..69 years', 'aged between 18 and 25 = 18..25 years']],
    ['One hundred and twenty houses burned.', ['One hundred and twenty houses = 120 count']],
    ['Two dozen ambulances and half a million people.', ['Two dozen ambulances = 24 count', 'half a million people = 500000 count']],
    ['Hundreds of homes and tens of thousands of people.', ['Hundreds of homes = 200..999 count', 'tens of thousands of people = 20000..99999 count']],
    ['Between 80 and 100 firefighters came.', ['Between 80 and 100 firefighters = 80..100 count']],
    ['Seoul scrambled two F-16 jets.', ['two F-16 jets = 2 count']],
    ['It has 1,200 homes per square km.', ['1,200 homes per square km = 1200 count/km2']],
    ['Water rose 10 cm an hour for nearly half an hour.', ['10 cm an hour = 10 cm/h', 'nearly half an hour = 0.5 h']],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ['The Boeing 737-800 was delivered in 2009.'],
    ['It was a third time lucky for the team.'],
    ['Officials met on March 3, 14, at the hall.'],
    ['A quarter of an hour later it stopped.'],
    ['A gap of three-tenths of a unit is large.'],
    ['It was the 2019-2020 season.'],
    ['Power was cut between 9 and 11 a.m.'],
    ['A few dozen felt quakes and several hundred people.'],
  ])('finds nothing in %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('what the reader adds to the extractor', () => {
  it.each([
    ['Gate 14 at Terminal 2 was evacuated.', []],
    ['Windows 11 users saw the outage.', []],
    ['Some two hundred families were relocated.', ['casualties.evacuated: Some two hundred families were relocated']],
    ['Between 80 and 100 firefighters worked through the night.', ['open.count.firefighter: Between 80 and 100 firefighters']],
    ['The storm caused $3.2 billion in damage, or 3 percent of output.', ['open.money-usd: $3.2 billion', 'open.share: 3 percent']],
    ['A 34-year-old man was arrested.', ['open.age: 34-year-old']],
    ['Several hundred people were hurt.', []],
  ])('%s', (sentence, expected) => {
    expect(claims(sentence)).toEqual(expected);
  });

  it('keeps the pack kind of a figure it reads more of', () => {
    expect(claims('Between 80 and 100 people were killed.')).toEqual(['casualties.deaths: Between 80 and 100 people were killed']);
  });
});

describe('new open quantities in a run', () => {
  const article = (name: string, body: string) => ({ path: `${name}.txt`, content: `Storm ${name}\n\nPORT CITY, Oct. 10 - The storm on Oct. 9 ${body}\n` });

  it('never conflict: sums, shares and ages that differ are apart, not contradictions', () => {
    const report = runJson([
      article('a', 'caused $3.2 billion in damage; a fifth of homes lost power and a 34-year-old man died. Gas hit $4 a gallon.'),
      article('b', 'caused $8 billion in damage; 60 percent of homes lost power and a 71-year-old man died. Gas hit $6 a gallon.'),
    ]);
    const open = report.findings.filter((f) => f.claim.startsWith('open.'));
    expect(open.map((f) => f.claim)).toEqual(expect.arrayContaining(['open.money-usd', 'open.share', 'open.age', 'open.money-usd-per-volume']));
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });

  it('compares a rate in its own unit', () => {
    const report = runJson([article('a', 'sent gas to $4 a gallon.'), article('b', 'sent gas to $4.10 a gallon.')]);
    const rate = report.findings.find((f) => f.claim === 'open.money-usd-per-volume');
    expect(rate?.verdict).toBe('agree');
    expect(rate?.summary).toContain('USD/gallon');
  });
});
