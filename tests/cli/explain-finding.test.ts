import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// `verify explain FINDING-ID`: the reasoning behind one verdict, as a reader would check it.

describe('verify explain', () => {
  it('shows a conflict: the quotes and where they stand, the intervals, the tolerance, the rule and the grouping', () => {
    const run = runCli(['explain', '2025-06-09/launch.distance', 'tests/cases/conflicting-distance/articles']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^2025-06-09\/launch\.distance: conflict\n/);
    expect(out).toContain('"about 600 km"');
    expect(out).toContain('tests/cases/conflicting-distance/articles/a.txt:1:85');
    expect(out).toContain('"900 km"');
    expect(out).toContain("according to Japan's defence ministry");
    expect(out).toContain('570–630 km');
    expect(out).toContain('855–945 km');
    expect(out).toMatch(/^tolerance: ±2% of each figure/m);
    expect(out).toMatch(/rule: conflict between authorities: /);
    expect(out).toMatch(/a ≈600 km and b 900 km: apart/);
    // How each source came into the event: the --explain EVENT text.
    expect(out).toContain('2025-06-09: ');
    expect(out).toMatch(/^b \(main account · dated 2025-06-09\): joined: /m);
  });

  it('shows the conversions that made an agreement', () => {
    const run = runCli(['explain', '2025-03-03/launch.distance', 'tests/cases/unit-conversion-agree/articles']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('685 mi = 1,102 km');
    expect(run.stdout).toMatch(/rule: agree: /);
  });

  it('names some findings that exist when asked for one that does not, with exit code 2', () => {
    const run = runCli(['explain', '2030-01-01/launch.distance', 'tests/cases/conflicting-distance/articles']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "verify: no finding '2030-01-01/launch.distance' in this run; its findings include 2025-06-09/launch.distance, 2025-06-09/launch.date, 2025-06-09/landing.area, 2025-06-09/missile.type\n",
    );
  });
});
