import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { verify } from '../../src/pipeline/index.js';
import type { RawSource } from '../../src/model/types.js';
import { shippedKnowledge } from '../helpers/knowledge.js';
import { findingLines, runJson } from '../helpers/run.js';

// Issue 14, rule 6: precision and authorities decide agreement. Invented articles; each case states the
// findings it expects.

const md = (published: string, body: string) => `---\npublished: ${published}\n---\n${body}\n`;
const finding = (report: ReturnType<typeof runJson>, claim: string) => report.findings.find((f) => f.claim === claim)!;
const markdown = (sources: RawSource[]) => formatReport(verify(sources, shippedKnowledge()), 'md', { color: false });

const crash = (toll: string) =>
  `A passenger plane crashed on landing at Kestrel Bay airport on Monday, officials said. ${toll}`;

describe('a lower bound of a running tally and a larger figure are an updated count', () => {
  const tolls = (a: string, b: string) => [
    { path: 'a.md', content: md('2026-05-11', crash(a)) },
    { path: 'b.md', content: md('2026-05-11', crash(b)) },
  ];

  it('"at least 13" against a later 40 is a variance labelled updated count, not a conflict', () => {
    const report = runJson(tolls('At least 13 people were killed.', 'The death toll rose to 40 by evening.'));
    expect(findingLines(report)).toContain('2026-05-11 casualties.deaths variance [a,b]');
    const deaths = finding(report, 'casualties.deaths');
    expect(deaths.reason).toBe('updated-count');
    expect(deaths.summary).toBe(
      'a says ≥13 but b says 40: an updated count (the smaller figure is a lower bound or a count a source gives as earlier, the larger a later count), not an agreement.',
    );
    const text = markdown(tolls('At least 13 people were killed.', 'The death toll rose to 40 by evening.'));
    expect(text).toContain('**People killed (death toll) — variance (updated count).**');
  });

  it('a figure below a lower bound stays a conflict: "at least 13" against 9', () => {
    const report = runJson(tolls('At least 13 people were killed.', 'Nine people were killed.'));
    expect(findingLines(report)).toContain('2026-05-11 casualties.deaths conflict [a,b]');
    expect(finding(report, 'casualties.deaths').reason).toBeUndefined();
  });

  it('the same figure, or one within the hedge, still agrees', () => {
    expect(findingLines(runJson(tolls('At least 13 people were killed.', '13 people were killed.')))).toContain('2026-05-11 casualties.deaths agree [a,b]');
    expect(findingLines(runJson(tolls('More than 40 people were injured.', '43 people were injured.')))).toContain('2026-05-11 casualties.injured agree [a,b]');
  });

  it('evacuations are a running tally too; winds are not: "more than 230 km/h" against 320 km/h stays a conflict', () => {
    const evacuated = runJson(tolls('More than 2,000 people were evacuated.', 'Some 9,000 people were evacuated.'));
    expect(findingLines(evacuated)).toContain('2026-05-11 casualties.evacuated variance [a,b]');
    const storm = (winds: string) =>
      `Typhoon Kestrel made landfall on the island of Hainan on Friday, the weather agency said. The typhoon made landfall with maximum sustained winds of ${winds}.`;
    const report = runJson([
      { path: 'a.md', content: md('2026-09-04', storm('more than 230 km/h')) },
      { path: 'b.md', content: md('2026-09-04', storm('320 km/h')) },
    ]);
    expect(findingLines(report)).toContain('2026-09-04 storm.wind conflict [a,b]');
  });
});

const quake = (magnitude: string, who: string) =>
  `An earthquake with a magnitude of ${magnitude} struck near the town of Kestrel Bay on Monday, according to ${who}.`;

describe('the stated precision decides agreement, and a conflict between authorities is shown as such', () => {
  it('6.1 from the USGS against 6.3 from the national agency is a conflict between authorities, each quoted with who said it', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-05-11', quake('6.1', 'the USGS')) },
      { path: 'b.md', content: md('2026-05-11', quake('6.3', 'the national seismic agency')) },
    ]);
    expect(findingLines(report)).toContain('2026-05-11 quake.magnitude conflict [a,b]');
    const magnitude = finding(report, 'quake.magnitude');
    expect(magnitude.reason).toBe('authorities');
    expect(magnitude.summary).toBe(
      'a says 6.1 magnitude (according to the USGS) but b says 6.3 magnitude (according to the national seismic agency): a conflict between authorities; no overlap, even allowing for rounding and hedges.',
    );
  });

  it('a conflict whose figures no one is credited with is a plain conflict', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-05-11', 'A magnitude 6.1 earthquake struck near the town of Kestrel Bay on Monday.') },
      { path: 'b.md', content: md('2026-05-11', 'A magnitude 6.3 earthquake struck near the town of Kestrel Bay on Monday.') },
    ]);
    expect(findingLines(report)).toContain('2026-05-11 quake.magnitude conflict [a,b]');
    expect(finding(report, 'quake.magnitude').reason).toBeUndefined();
  });

  it('"about" widens a magnitude by one step of its precision, not by 5% of it: 6.1 and "about 6.3" do not agree', () => {
    const pair = (a: string, b: string) =>
      runJson([
        { path: 'a.md', content: md('2026-05-11', quake(a, 'the USGS')) },
        { path: 'b.md', content: md('2026-05-11', quake(b, 'the national seismic agency')) },
      ]);
    // "about 6.3" is 6.2-6.4: it touches 6.1 within the magnitude's tolerance, and 6.0 not at all.
    expect(findingLines(pair('6.1', 'about 6.3'))).toContain('2026-05-11 quake.magnitude variance [a,b]');
    expect(findingLines(pair('6.0', 'about 6.3'))).toContain('2026-05-11 quake.magnitude conflict [a,b]');
    expect(findingLines(pair('6.2', 'about 6.3'))).toContain('2026-05-11 quake.magnitude agree [a,b]');
  });

  it('"about 1,600 km" and "1,610 km" agree: the hedge of a round figure is a share of it', () => {
    const launch = (distance: string) =>
      `North Korea fired an intermediate-range ballistic missile from the Pyongyang area on May 11, 2026. The missile flew ${distance} before falling into the Sea of Japan.`;
    const report = runJson([
      { path: 'a.md', content: md('2026-05-11', launch('about 1,600 km')) },
      { path: 'b.md', content: md('2026-05-11', launch('1,610 km')) },
    ]);
    expect(findingLines(report)).toContain('2026-05-11 launch.distance agree [a,b]');
  });
});

describe('a source that gives an earlier and a later toll is compared figure by figure with the others of the same time', () => {
  it('"at least 96 ... later rose to 179": the earlier figure matches one outlet, the later another, and the report says which is which', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-05-11', crash('At least 96 people were killed in the morning, officials said. Later the death toll rose to 179, the fire agency said.')) },
      { path: 'b.md', content: md('2026-05-11', crash('The crash killed 179 people.')) },
      { path: 'c.md', content: md('2026-05-11', crash('96 people were killed.')) },
    ]);
    // Without a's history, b's 179 and c's 96 would be a conflict; a tells that the toll went from one to the other.
    expect(findingLines(report)).toContain('2026-05-11 casualties.deaths variance [a,b,c]');
    const deaths = finding(report, 'casualties.deaths');
    expect(deaths.reason).toBe('updated-count');
    expect(deaths.values.map((v) => `${v.source} ${v.display} ${v.sequence ?? '-'}`)).toEqual(['a ≥96 earlier', 'a 179 later', 'b 179 -', 'c 96 -']);
    expect(deaths.summary).toContain('Successive figures: a gives ≥96 as an earlier count and 179 as the later one.');
  });

  it('a figure that is neither the earlier nor the later count stays a conflict', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-05-11', crash('At least 96 people were killed in the morning, officials said. Later the death toll rose to 179, the fire agency said.')) },
      { path: 'b.md', content: md('2026-05-11', crash('150 people were killed.')) },
    ]);
    expect(findingLines(report)).toContain('2026-05-11 casualties.deaths conflict [a,b]');
  });

  it('figures dated to days are compared day by day: the same later toll does not hide a different count on the first day', () => {
    const quakeToll = (first: string) =>
      `A magnitude 6.1 earthquake struck near the town of Kestrel Bay on Sunday. On Sunday, ${first} people were confirmed dead. On Monday, 75 people were confirmed dead, officials said.`;
    const report = runJson([
      { path: 'a.md', content: md('2026-05-12', quakeToll('40')) },
      { path: 'b.md', content: md('2026-05-12', quakeToll('45')) },
    ]);
    expect(findingLines(report)).toContain('2026-05-10 casualties.deaths conflict [a,b]');
    const deaths = finding(report, 'casualties.deaths');
    expect(deaths.values.map((v) => `${v.source} ${v.display} ${v.sequence} ${v.asOf}`)).toEqual([
      'a 40 earlier 2026-05-10',
      'a 75 later 2026-05-11',
      'b 45 earlier 2026-05-10',
      'b 75 later 2026-05-11',
    ]);
    expect(deaths.summary).toBe(
      'a says 40 but b says 45: no overlap, even allowing for rounding and hedges. Successive figures: a gives 40 (10 May 2026) as an earlier count and 75 (11 May 2026) as the later one; b gives 45 (10 May 2026) as an earlier count and 75 (11 May 2026) as the later one.',
    );
  });

  it('a smaller figure after the update, in another sentence, is a part, not an earlier toll', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-05-11', crash('The death toll rose to 11 on Monday, officials said. Two people died in the terminal.')) },
      { path: 'b.md', content: md('2026-05-11', crash('The crash killed 11 people.')) },
    ]);
    expect(finding(report, 'casualties.deaths').values.every((v) => v.sequence === undefined)).toBe(true);
  });
});
