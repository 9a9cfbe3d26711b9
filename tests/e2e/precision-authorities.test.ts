import { describe, expect, it } from 'vitest';
import { findingLines, runJson } from '../helpers/run.js';

// Issue 14, rule 6: precision and authorities decide agreement. Invented articles; each case states the
// findings it expects.

const md = (published: string, body: string) => `---\npublished: ${published}\n---\n${body}\n`;

const quake = (magnitude: string, who: string) =>
  `An earthquake with a magnitude of ${magnitude} struck near the town of Kestrel Bay on Monday, according to ${who}.`;

describe('the stated precision decides agreement', () => {
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
