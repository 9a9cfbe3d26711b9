import { describe, expect, it } from 'vitest';
import { verify } from '../../src/pipeline/index.js';
import { formatMarkdown } from '../../src/report/markdown/markdown-formatter.js';
import { findingLines, runJson } from '../helpers/run.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

// Which event an account belongs to is decided by identity (date, place, kind of thing), never by the
// figures under test. Invented articles; each case states the findings it expects.

/** How a source's main account came into its event. */
const memberOf = (report: ReturnType<typeof runJson>, source: string) => report.events.flatMap((e) => e.members).find((m) => m.source === source && m.role === 'main')!;

const md = (published: string | undefined, body: string) => (published ? `---\npublished: ${published}\n---\n${body}\n` : `${body}\n`);

const launch = (day: string, distance: string) =>
  `North Korea fired an intermediate-range ballistic missile from the Pyongyang area on ${day}, South Korea's military said. The missile flew about ${distance} before falling into the Sea of Japan.`;

describe('identity, not the tested figures, decides membership', () => {
  it('an undated article with another distance joins the launch and conflicts with it', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', launch('Monday', '900 km')) },
      { path: 'b.md', content: md('2025-06-09', launch('June 9', '900 kilometres')) },
      { path: 'c.md', content: md('2025-06-10', launch('Monday', '560 miles')) },
      // No publication date and no date in the text: only its place and missile say which launch it is.
      { path: 'd.txt', content: 'North Korea fired an intermediate-range ballistic missile from the Pyongyang area, officials said. The missile flew about 1,200 km before falling into the Sea of Japan.' },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2025-06-09 launch.distance conflict [a,b,c,d]');
    expect(report.events.filter((e) => !e.background)).toHaveLength(1);
  });

  it('an undated article that meets two launches of its subject joins the one it fits best, weakly', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', 'North Korea fired a missile on June 9, 2025, officials said. It flew about 1,000 km.') },
      { path: 'b.md', content: md('2025-06-20', 'North Korea fired a missile on June 20, 2025, officials said. It flew about 400 km.') },
      // No date and nothing against either launch; its hedged figure comes near the first's only.
      { path: 'c.txt', content: 'North Korea fired a missile, officials said. It flew about 900 km.' },
    ]);
    expect(report.events.find((e) => e.sources.includes('c'))?.sources).toEqual(['a', 'c']);
    expect(memberOf(report, 'c').how).toBe('joined-weakly');
  });

  it('an undated article that meets two launches it fits equally stays apart, with the reason', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
      { path: 'b.md', content: md('2025-06-20', launch('June 20, 2025', '400 km')) },
      { path: 'c.txt', content: 'North Korea fired an intermediate-range ballistic missile, officials said.' },
    ]);
    expect(report.events.find((e) => e.sources.includes('c'))?.sources).toEqual(['c']);
    expect(memberOf(report, 'c').reason).toBe('it states no day and fits several events of its subject equally');
  });

  it('an article dated only by a weekday that matches the event joins it', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
      { path: 'b.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
      { path: 'c.txt', content: launch('Monday', '1,300 km') },
    ]);
    expect(findingLines(report)).toContain('2025-06-09 launch.distance conflict [a,b,c]');
  });

  it('an undated article about another place and another missile stays apart, and conflicts with nothing', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
      { path: 'b.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
      { path: 'c.txt', content: 'North Korea fired a submarine-launched ballistic missile from Sinpo, officials said. The missile flew about 300 km before falling into the Yellow Sea.' },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    expect(report.events.find((e) => e.sources.includes('c'))?.sources).toEqual(['c']);
  });
});

const quake = (day: string, magnitude: string, place = 'near the town of Kestrel Bay') =>
  `A magnitude ${magnitude} earthquake struck ${place} on ${day}, the geological survey said. At least 12 people were killed.`;

describe('a date one day off is a date conflict, not a second happening', () => {
  it('"4 March" in one lead against "3 March" in four is one quake with a date conflict', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-03-03', quake('3 March', '6.1')) },
      { path: 'b.md', content: md('2026-03-03', quake('March 3', '6.1')) },
      { path: 'c.md', content: md('2026-03-04', quake('3 March', '6.1')) },
      { path: 'd.md', content: md('2026-03-04', quake('March 3, 2026', '6.1')) },
      { path: 'e.md', content: md('2026-03-05', quake('4 March', '6.1')) },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2026-03-03 quake.date conflict [a,b,c,d,e]');
    expect(lines).toContain('2026-03-03 quake.magnitude agree [a,b,c,d,e]');
    expect(report.events.filter((e) => !e.background)).toHaveLength(1);
  });

  it('two launches a day apart from different sites with different missiles stay two events', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
      { path: 'b.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
      {
        path: 'c.md',
        content: md('2025-06-10', 'North Korea fired two short-range ballistic missiles from the Kanggye area on June 10, 2025, officials said. They flew about 250 km before falling into the Yellow Sea.'),
      },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    expect(report.events.filter((e) => !e.background).map((e) => e.sources)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('in an archive, what an account is outweighs a day or a month-day it shares', () => {
  const fired = (day: string, missile: string, site: string, sea: string, distance: string) =>
    `North Korea fired ${missile} from the ${site} area on ${day}, South Korea's military said. The missile flew about ${distance} before falling into the ${sea}.`;

  it('a launch a day later of another kind of missile from the same site is another launch', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', fired('June 9, 2025', 'an intermediate-range ballistic missile', 'Pyongyang', 'Sea of Japan', '900 km')) },
      { path: 'b.md', content: md('2025-06-09', fired('June 9, 2025', 'an intermediate-range ballistic missile', 'Pyongyang', 'Sea of Japan', '900 km')) },
      { path: 'c.md', content: md('2025-06-10', fired('June 10, 2025', 'an intercontinental ballistic missile', 'Pyongyang', 'Sea of Japan', '1,400 km')) },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    expect(report.events.filter((e) => !e.background).map((e) => e.sources)).toEqual([['a', 'b'], ['c']]);
  });

  it('two articles recalling launches a day apart recall two launches, not one with a date conflict', () => {
    const recalling = (day: string) =>
      `${fired('June 20, 2025', 'an intermediate-range ballistic missile', 'Pyongyang', 'Sea of Japan', '900 km')} It was the first launch since ${day}, when North Korea fired short-range ballistic missiles into the Yellow Sea.`;
    const report = runJson([
      { path: 'a.md', content: md('2025-06-20', recalling('2 June')) },
      { path: 'b.md', content: md('2025-06-20', recalling('3 June')) },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });

  it('an article dated by a month-day without its year does not take that day of another year from another site', () => {
    const report = runJson([
      { path: 'a.md', content: md('2021-03-23', fired('March 23, 2021', 'an intermediate-range ballistic missile', 'Kanggye', 'Sea of Japan', '1,250 km')) },
      { path: 'b.md', content: md('2021-03-23', fired('March 23, 2021', 'an intermediate-range ballistic missile', 'Kanggye', 'Sea of Japan', '1,250 km')) },
      // No year anywhere: only its month-day matches, and its launch site says another launch.
      { path: 'c.txt', content: fired('23 March', 'an intermediate-range ballistic missile', 'Sunchon', 'Sea of Japan', '700 km') },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    expect(report.events.find((e) => e.sources.includes('c'))?.sources).toEqual(['c']);
  });
});

describe('designations are identity, not counts', () => {
  const comet = (day: string, mark: string, distance: string) =>
    `North Korea fired a Comet-${mark} missile from the Pyongyang area${day ? ` on ${day}` : ''}, officials said. The missile flew about ${distance} before falling into the Sea of Japan.`;

  it('"Comet-7" is a missile\'s name, not a count of seven', () => {
    const report = runJson([{ path: 'a.md', content: md('2025-06-09', comet('June 9, 2025', '7', '900 km')) }]);
    const claims = report.findings.flatMap((f) => f.values.map((v) => `${f.claim}: ${v.text}`));
    expect(claims).toContain('missile.type: Comet-7');
    expect(claims.filter((c) => c.startsWith('missile.count'))).toEqual([]);
  });

  it('an undated article about another member of the family is another launch', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', comet('June 9, 2025', '7', '900 km')) },
      { path: 'b.md', content: md('2025-06-09', comet('June 9, 2025', '7', '900 km')) },
      { path: 'c.txt', content: comet('', '8', '1,500 km') },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    expect(report.events.find((e) => e.sources.includes('c'))?.sources).toEqual(['c']);
  });

  it('on one day from one site, two listed designations are a type conflict, and a designation agrees with its class', () => {
    const hwasong = (missile: string) =>
      `North Korea fired ${missile} from the Pyongyang area on June 9, 2025, officials said. It flew about 1,000 km before falling into the Sea of Japan.`;
    const report = runJson([
      { path: 'a.md', content: md('2025-06-09', hwasong('a Hwasong-18')) },
      { path: 'b.md', content: md('2025-06-09', hwasong('an intercontinental ballistic missile')) },
      { path: 'c.md', content: md('2025-06-09', hwasong('a Hwasong-17')) },
    ]);
    expect(findingLines(report)).toContain('2025-06-09 missile.type conflict [a,b,c]');
    const type = report.findings.find((f) => f.claim === 'missile.type')!;
    expect(type.values.map((v) => v.text)).toEqual(['Hwasong-18', 'intercontinental ballistic missile', 'Hwasong-17']);
  });

  it('a storm\'s category is compared, not identity: an undated article calling it weaker joins and conflicts', () => {
    const storm = (day: string, category: string, wind: string) =>
      `Hurricane Orla made landfall near Port Ellis${day ? ` on ${day}` : ''} as a ${category} hurricane, the hurricane center said. Sustained winds reached ${wind}.`;
    const report = runJson([
      { path: 'a.md', content: md('2026-09-14', storm('Monday', 'Category 4', '150 mph')) },
      { path: 'b.md', content: md('2026-09-14', storm('September 14', 'Category 4', '150 mph')) },
      { path: 'c.txt', content: storm('', 'Category 3', '120 mph') },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2026-09-14 storm.category conflict [a,b,c]');
    expect(lines).toContain('2026-09-14 storm.wind conflict [a,b,c]');
    expect(report.events.filter((e) => !e.background)).toHaveLength(1);
  });
});

describe('a day the lead says is local is the happening\'s day, whatever the page\'s zone', () => {
  it('a Washington page\'s "Tuesday" that it gives as "Wednesday in Seoul" joins Wednesday\'s launch, not Tuesday\'s', () => {
    const seoul = (day: string, site: string, distance: string) =>
      `North Korea fired two short-range ballistic missiles from the ${site} area on ${day}, South Korea's military said. They flew about ${distance} before falling into the East Sea.`;
    const report = runJson([
      { path: 'tue.md', content: md('2027-03-09', seoul('Tuesday', 'Sukchon', '350 km')) },
      { path: 'wed-a.md', content: md('2027-03-10', seoul('Wednesday', 'Wonsan', '600 km')) },
      { path: 'wed-b.md', content: md('2027-03-10', seoul('March 10', 'Wonsan', '600 km')) },
      {
        path: 'washington.md',
        content: md(
          '2027-03-09',
          'North Korea launched two short-range ballistic missiles on Tuesday, South Korea\'s military said. The missiles were fired at 4:48 p.m. Eastern time, 6:48 a.m. Wednesday in Seoul, from near Wonsan and flew about 370 miles.',
        ),
      },
    ]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    expect(report.events.find((e) => e.sources.includes('washington'))?.sources.slice().sort()).toEqual(['washington', 'wed-a', 'wed-b']);
  });
});

describe('the day before the lead\'s day tells another happening only when it names another place or kind', () => {
  const fired = (day: string, site: string, distance: string) =>
    `North Korea fired two short-range ballistic missiles from the ${site} area on ${day}, South Korea's military said. They flew about ${distance} into the East Sea.`;

  it('"On Tuesday, the North fired two from Sukchon" in a report of Wednesday\'s Wonsan launch is Tuesday\'s launch', () => {
    const report = runJson([
      { path: 'tue.md', content: md('2027-03-09', fired('Tuesday', 'Sukchon', '350 km')) },
      { path: 'wed.md', content: md('2027-03-10', fired('Wednesday', 'Wonsan', '600 km')) },
      {
        path: 'wire.md',
        content: md('2027-03-10', `${fired('Wednesday', 'Wonsan', '600 km')} On Tuesday, the North fired two short-range ballistic missiles from the Sukchon area that flew about 350 km.`),
      },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2027-03-10 launch.distance agree [wed,wire]');
    expect(lines).toContain('2027-03-09 launch.distance agree [tue,wire]');
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });

  it('"Tuesday\'s launch" names the day before\'s happening, and "that morning" goes on about it', () => {
    const report = runJson([
      { path: 'tue.md', content: md('2027-03-09', fired('Tuesday', 'Sukchon', '350 km')) },
      { path: 'wed.md', content: md('2027-03-10', fired('Wednesday', 'Wonsan', '600 km')) },
      {
        path: 'tokyo.md',
        content: md('2027-03-10', `${fired('Wednesday', 'Wonsan', '600 km')} The ministry also revised its assessment of Tuesday's launch. The two missiles fired that morning flew about 350 km.`),
      },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2027-03-09 launch.distance agree [tokyo,tue]');
    expect(lines).toContain('2027-03-10 launch.distance agree [tokyo,wed]');
  });

  it('"Thursday\'s high tide" names no happening: the night before stays the main news', () => {
    const report = runJson([
      { path: 'a.md', content: md('2027-03-10', fired('Wednesday', 'Wonsan', '600 km')) },
      { path: 'b.md', content: md('2027-03-10', `${fired('Wednesday', 'Wonsan', '600 km')} Tuesday's high tide was normal, and that night the missiles flew about 600 km.`) },
    ]);
    expect(findingLines(report)).toContain('2027-03-10 launch.distance agree [a,b]');
  });

  it('the night before that names nothing else stays the main news', () => {
    const report = runJson([
      { path: 'a.md', content: md('2027-03-10', fired('Wednesday', 'Wonsan', '600 km')) },
      { path: 'b.md', content: md('2027-03-10', `${fired('Wednesday', 'Wonsan', '600 km')} Late on Tuesday, the missiles flew about 600 km.`) },
    ]);
    expect(report.events.filter((e) => !e.background)).toHaveLength(1);
    expect(findingLines(report)).toContain('2027-03-10 launch.distance agree [a,b]');
  });
});

describe('across a midnight in another time zone, a day apart is a variance with both instants', () => {
  const seoul = (day: string) =>
    `North Korea fired two short-range ballistic missiles from the Wonsan area on ${day}, South Korea's military said. They were fired at 6:48 a.m. local time and flew about 600 km into the East Sea.`;
  const washington = (day: string, clock: string) =>
    `North Korea fired two short-range ballistic missiles from the Wonsan area on ${day}, officials in Washington said. They were fired at ${clock} Eastern time and flew about 370 miles into the East Sea.`;

  it('"March 9" at 4:48 p.m. Eastern time and "March 10" at 6:48 a.m. in Seoul are one instant', () => {
    const sources = [
      { path: 'seoul-a.md', content: md('2027-03-10', seoul('March 10')) },
      { path: 'seoul-b.md', content: md('2027-03-10', seoul('March 10')) },
      { path: 'washington.md', content: md('2027-03-09', washington('March 9', '4:48 p.m.')) },
    ];
    const report = runJson(sources);
    const date = report.findings.find((f) => f.claim === 'launch.date')!;
    expect(date.verdict).toBe('variance');
    expect(date.reason).toBe('across-midnight');
    expect(date.summary).toContain('2027-03-10 06:48 UTC+09:00');
    expect(date.summary).toMatch(/2027-03-09 16:48 UTC−0[45]:00/);
    const markdown = formatMarkdown(verify(sources, shippedKnowledge(), {}), { color: false });
    expect(markdown).toContain('variance (across a midnight).');
  });

  it('a day apart whose clock times are hours apart stays a date conflict', () => {
    const report = runJson([
      { path: 'seoul-a.md', content: md('2027-03-10', seoul('March 10')) },
      { path: 'seoul-b.md', content: md('2027-03-10', seoul('March 10')) },
      { path: 'washington.md', content: md('2027-03-09', washington('March 9', '9:00 a.m.')) },
    ]);
    expect(report.findings.find((f) => f.claim === 'launch.date')?.verdict).toBe('conflict');
  });
});

describe('a dateline is publication metadata, never a claim about the happening', () => {
  it('"SEOUL, June 10" over a Monday launch gives no date claim of the 10th', () => {
    const report = runJson([
      { path: 'wire.txt', content: 'Missile test\nSEOUL, June 10 (Northgate Wire) — North Korea fired an intermediate-range ballistic missile from the Pyongyang area late on Monday, the military said.' },
      { path: 'a.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
    ]);
    const dates = report.findings.filter((f) => f.claim === 'launch.date').flatMap((f) => f.values.map((v) => v.text));
    expect(dates).not.toContain('June 10');
    expect(findingLines(report)).toContain('2025-06-09 launch.date agree [a,wire]');
  });
});

describe('history is routed by clause', () => {
  it('"the August test" is an earlier launch (the latest August), not the December one', () => {
    const dec = (extra: string) =>
      `North Korea fired an intermediate-range ballistic missile on December 8, 2025, officials said. It reached an altitude of about 600 km.${extra}`;
    const report = runJson([
      { path: 'a.md', content: md('2025-12-08', dec('')) },
      { path: 'b.md', content: md('2025-12-08', dec(' The August test reached an altitude of about 50 km.')) },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2025-12-08 launch.altitude agree [a,b]');
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
    expect(report.events.find((e) => e.date === '2025-08')?.sources).toEqual(['b']);
  });

  it('a sentence continuing a recollection by a pronoun or by its name stays with the recollection', () => {
    const body = (toll: string) =>
      `A magnitude 6.1 earthquake struck near the town of Kestrel Bay on 3 March, the geological survey said. At least ${toll} people were killed. ` +
      'The town was also hit in 1987, when Typhoon Marlowe flattened its harbour. Marlowe killed 310 people. ' +
      'A 1962 quake near the same town killed 45. It also destroyed 300 homes.';
    const report = runJson([
      { path: 'a.md', content: md('2026-03-03', body('12')) },
      { path: 'b.md', content: md('2026-03-03', quake('3 March', '6.1')) },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2026-03-03 casualties.deaths agree [a,b]');
    const quoted = (event: string) => report.findings.filter((f) => f.event === event).flatMap((f) => f.values.map((v) => v.text));
    // Neither the typhoon's toll (named again) nor the old quake's (a pronoun) is the new quake's.
    expect(quoted('2026-03-03').filter((t) => /310|300 homes|45/.test(t))).toEqual([]);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });
});

describe('a day after the news, and a day told in another zone (issue 15)', () => {
  it('a section dated the day after that names another site is the next day’s launch, not the main news', () => {
    const blog = [
      '# Sukchon, then Wonsan',
      '',
      'Two launches from two coasts this week.',
      '',
      '## Tuesday, 9 March',
      '',
      'North Korea fired two missiles from the Sukchon area at 07:12 KST (22:12 UTC on 8 March). They flew roughly 350 km.',
      '',
      '## Wednesday, 10 March',
      '',
      'The second salvo left the Wonsan area at 06:48 KST (21:48 UTC on 9 March). The missiles flew about 600 km.',
    ].join('\n');
    const report = runJson([
      { path: 'blog.md', content: md('2027-03-11', blog) },
      { path: 'a.md', content: md('2027-03-10', 'North Korea fired two ballistic missiles from the Wonsan area on Wednesday, officials said. They flew about 600 km.') },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2027-03-10 launch.origin agree [a,blog]');
    expect(lines).toContain('2027-03-10 launch.distance agree [a,blog]');
    expect(lines).not.toContain('2027-03-09 launch.origin conflict [blog]');
  });

  it('"Monday evening Eastern time" in a Washington page may be Tuesday in Seoul: the account joins Tuesday’s launch', () => {
    const report = runJson([
      { path: 'seoul.md', content: md('2027-03-09', 'North Korea fired two missiles from the Sukchon area on Tuesday morning, the JCS said. They flew about 350 km.') },
      { path: 'dc.md', content: md('2027-03-09', 'On Monday evening Eastern time, North Korea fired two missiles from near Sukchon. Those flew about 220 miles, the South Korean military said.') },
    ]);
    expect(findingLines(report)).toContain('2027-03-09 launch.distance agree [dc,seoul]');
  });
});

describe('a happening no pack knows (issue 15)', () => {
  it('keeps the days of its week together: "broke out on Tuesday … 15% contained by Thursday" is one fire', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-08-09', 'A wildfire broke out near Ridgecrest on Tuesday afternoon. It was 15% contained by Thursday morning, and two firefighters were injured.') },
      { path: 'b.md', content: md('2026-08-09', 'Ridgecrest fire: key numbers (updated Thursday)\n\n- Started: Tuesday, about 2:15 p.m.\n- Containment: 15%\n- Firefighters injured: 2') },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2026-08-04 casualties.injured agree [a,b]');
    expect(lines).toContain('2026-08-04 open.share agree [a,b]');
  });
});

describe('a day in a relative clause (issue 15)', () => {
  it('"Yagi, which made landfall on Hainan on Friday, slammed into Vietnam on Saturday" is Saturday’s news: no conflict with Friday’s landfall', () => {
    const report = runJson([
      { path: 'a.md', content: md('2024-09-06', 'Super Typhoon Yagi made landfall in Wenchang on Hainan island at 4:20 p.m. on Friday with winds of 234 km/h, state media said.') },
      {
        path: 'b.md',
        content: md(
          '2024-09-07',
          'Typhoon Yagi, which made landfall in Wenchang on Hainan on Friday, slammed into northern Vietnam on Saturday with winds of 149 km/h.\n\nThe storm made its second landfall in Quang Ninh province at about 1 p.m.',
        ),
      },
    ]);
    const lines = findingLines(report);
    expect(lines.filter((l) => l.includes('conflict'))).toEqual([]);
    expect(lines).toContain('2024-09-06 storm.landfall-place agree [a,b]');
    expect(lines).toContain('2024-09-07 storm.wind single-source [b]');
  });

  it('a relative clause holding the sentence’s only day still dates the news ("The missile, which was fired on Monday, flew 600 km")', () => {
    const report = runJson([
      { path: 'a.md', content: md('2025-06-10', 'The missile, which was fired from the Pyongyang area on Monday, flew about 600 km, officials said.') },
      { path: 'b.md', content: md('2025-06-10', 'North Korea fired a missile from the Pyongyang area on Monday. It flew about 600 km.') },
    ]);
    expect(findingLines(report)).toContain('2025-06-09 launch.distance agree [a,b]');
  });
});

describe('a clause another happening opens (issue 15)', () => {
  it('"on Saturday, a day after it slammed into Wenchang" puts no Wenchang in Saturday’s landfall', () => {
    const report = runJson([
      { path: 'a.md', content: md('2024-09-07', 'Typhoon Yagi made landfall in Vietnam’s Quang Ninh province on Saturday afternoon with winds of 149 km/h, a day after it slammed into Wenchang on China’s Hainan island.') },
      { path: 'b.md', content: md('2024-09-07', 'Typhoon Yagi made landfall in northern Vietnam on Saturday with winds of up to 149 km per hour.') },
    ]);
    const places = report.findings.find((f) => f.claim === 'storm.landfall-place')!.values.map((v) => v.text);
    expect(places).not.toContain('Wenchang');
    expect(findingLines(report)).toContain('2024-09-07 storm.wind agree [a,b]');
  });

  it('"a month after a stronger quake killed seven people": the seven are that quake’s, not this one’s toll', () => {
    const report = runJson([
      { path: 'a.md', content: md('2026-04-11', 'A magnitude 6.0 earthquake struck off Hualien on Saturday, a month after a stronger quake in the same area killed seven people. Two people were killed.') },
      { path: 'b.md', content: md('2026-04-11', 'The magnitude 6.0 quake that struck off Hualien on Saturday killed two people, officials said.') },
    ]);
    const deaths = report.findings.find((f) => f.claim === 'casualties.deaths')!;
    expect(deaths.values.map((v) => v.value)).toEqual([2, 2]);
    expect(deaths.verdict).toBe('agree');
  });
});
