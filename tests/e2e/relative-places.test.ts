import { describe, expect, it } from 'vitest';
import { findingLines, runJson } from '../helpers/run.js';

// Places are relative locations: "40 km north-west of Ridgeview" is a distance, a bearing and a reference place.
// Invented articles; each case states the findings it expects.

const md = (published: string, body: string) => `---\npublished: ${published}\n---\n${body}\n`;

/** Each finding of a claim as "verdict source:display ...". */
function shown(report: ReturnType<typeof runJson>, claim: string): string[] {
  return report.findings.filter((f) => f.claim === claim).map((f) => `${f.verdict} ${f.values.map((v) => `${v.source}:${v.display}`).join(' ')}`);
}

const quake = (where: string) =>
  md('2026-05-04', `A magnitude 6.2 earthquake struck on May 4, 2026, ${where}, the geological survey said. The quake damaged homes.`);

describe('a distance from a place is compared only with distances from the same place', () => {
  it('distances from different references are never compared, and each is shown with its reference', () => {
    const report = runJson([
      { path: 'a.md', content: quake('about 40 km north-west of Ridgeview') },
      { path: 'b.md', content: quake('33 km west of the provincial capital') },
    ]);
    expect(shown(report, 'quake.epicentre-distance')).toEqual(['single-source a:≈40 km NW of Ridgeview', 'single-source b:33 km W of provincial capital']);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });

  it('distances from one reference are compared, in any unit, and the summary names the place', () => {
    const report = runJson([
      { path: 'a.md', content: quake('about 40 km north-west of Ridgeview') },
      { path: 'b.md', content: quake('25 miles northwest of Ridgeview') },
      { path: 'c.md', content: quake('33 km west of the provincial capital') },
    ]);
    expect(shown(report, 'quake.epicentre-distance')).toEqual(['agree a:≈40 km NW of Ridgeview b:25 mi NW of Ridgeview', 'single-source c:33 km W of provincial capital']);
    expect(report.findings.find((f) => f.claim === 'quake.epicentre-distance')?.summary).toContain('from Ridgeview');
  });

  it('from one reference, another distance or an opposite bearing is a conflict', () => {
    const report = runJson([
      { path: 'a.md', content: quake('about 40 km north of Ridgeview') },
      { path: 'b.md', content: quake('about 40 km south of Ridgeview') },
      { path: 'c.md', content: quake('about 60 km north of Ridgeview') },
    ]);
    expect(findingLines(report)).toContain('2026-05-04 quake.epicentre-distance conflict [a,b,c]');
    expect(report.findings.find((f) => f.claim === 'quake.epicentre-distance')?.summary).toContain('a says ≈40 km N of Ridgeview but b says ≈40 km S of Ridgeview');
  });
});

describe('a bare "about 55 km from Ardmore" is a distance claim with its reference', () => {
  it('in a quake report it is the epicentre distance, and can conflict', () => {
    const report = runJson([
      { path: 'a.md', content: quake('about 55 km from Ardmore') },
      { path: 'b.md', content: quake('about 70 km from Ardmore') },
    ]);
    expect(shown(report, 'quake.epicentre-distance')).toEqual(['conflict a:≈55 km from Ardmore b:≈70 km from Ardmore']);
  });

  it('in a storm report it is the landfall distance, not an open figure', () => {
    const storm = (distance: string) =>
      md('2026-09-22', `Hurricane Dana made landfall on September 22, 2026, about ${distance} from Ardmore, the hurricane center said. The storm weakened inland.`);
    const report = runJson([
      { path: 'a.md', content: storm('55 km') },
      { path: 'b.md', content: storm('70 km') },
    ]);
    expect(shown(report, 'storm.landfall-distance')).toEqual(['conflict a:≈55 km from Ardmore b:≈70 km from Ardmore']);
    expect(report.findings.filter((f) => f.claim.startsWith('open.'))).toEqual([]);
  });

  it('in an accident report it is the distance of the site', () => {
    const crash = (distance: string) =>
      md('2026-02-11', `A passenger plane crashed on February 11, 2026, at an airfield about ${distance} south of Ardmore, officials said. All 60 passengers survived.`);
    const report = runJson([
      { path: 'a.md', content: crash('290 km') },
      { path: 'b.md', content: crash('300 kilometres') },
    ]);
    expect(shown(report, 'accident.site-distance')).toEqual(['agree a:≈290 km S of Ardmore b:≈300 km S of Ardmore']);
  });

  it('in a launch report a distance from a place is where the missile landed, never the distance flown', () => {
    const launch = (landed: string) =>
      md('2025-06-09', `North Korea fired an intermediate-range ballistic missile from the Pyongyang area on June 9, 2025, South Korea's military said. The missile flew about 900 km and landed ${landed}.`);
    const report = runJson([
      { path: 'a.md', content: launch('about 200 km west of Okushiri Island') },
      { path: 'b.md', content: launch('about 250 km west of Okushiri Island') },
    ]);
    const lines = findingLines(report);
    expect(lines).toContain('2025-06-09 launch.distance agree [a,b]');
    expect(shown(report, 'launch.distance')).toEqual(['agree a:≈900 km b:≈900 km']);
    expect(shown(report, 'landing.distance')).toEqual(['conflict a:≈200 km W of Okushiri Island b:≈250 km W of Okushiri Island']);
  });
});

describe('a place something is located from is a reference, not the place itself', () => {
  const launch = (landed: string) =>
    md('2025-06-09', `North Korea fired an intermediate-range ballistic missile from the Pyongyang area on June 9, 2025, South Korea's military said. The missile flew about 900 km ${landed}.`);

  it('"landed in the sea west of Ulleung Island" does not put the landing on the island, so it contradicts no sea', () => {
    const report = runJson([
      { path: 'a.md', content: launch('and landed in the sea west of Ulleung Island') },
      { path: 'b.md', content: launch('before falling into the Yellow Sea') },
    ]);
    expect(shown(report, 'landing.area')).toEqual(['variance a:W of Ulleung Island b:Yellow Sea']);
    expect(report.findings.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });

  it('it agrees with its own reference and with the places that hold it', () => {
    const report = runJson([
      { path: 'a.md', content: launch('and landed in waters west of Ulleung Island') },
      { path: 'b.md', content: launch('and landed near Ulleung Island') },
      { path: 'c.md', content: launch('and landed off South Korea') },
    ]);
    expect(shown(report, 'landing.area')).toEqual(['agree a:W of Ulleung Island b:Ulleung Island c:off South Korea']);
  });
});

describe('places that border each other agree, as the place list says in YAML (adjoins)', () => {
  const launch = (landed: string) =>
    md('2025-06-09', `North Korea fired an intermediate-range ballistic missile from the Pyongyang area on June 9, 2025, South Korea's military said. The missile flew about 900 km and ${landed}.`);

  it('"off the coast of Okushiri Island", "in the sea near Okushiri Island" and "the Sea of Japan" are one landing area', () => {
    const report = runJson([
      { path: 'a.md', content: launch('landed in the sea off the coast of Okushiri Island') },
      { path: 'b.md', content: launch('landed in the sea near Okushiri Island') },
      { path: 'c.md', content: launch('fell into the Sea of Japan') },
    ]);
    // places.yaml: the Sea of Japan adjoins Okushiri Island, so each agrees with the other.
    expect(shown(report, 'landing.area')).toEqual(['agree a:off Okushiri Island b:Okushiri Island c:Sea of Japan']);
  });

  it('an island that borders one sea is not said to border another', () => {
    const report = runJson([
      { path: 'a.md', content: launch('landed in the sea near Okushiri Island') },
      { path: 'b.md', content: launch('fell into the Yellow Sea') },
    ]);
    expect(shown(report, 'landing.area')).toEqual(['conflict a:Okushiri Island b:Yellow Sea']);
  });
});
