import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { verify } from '../../src/pipeline/index.js';
import { formatMarkdown } from '../../src/report/markdown/markdown-formatter.js';
import { toJsonReport } from '../../src/report/index.js';
import type { RawSource } from '../../src/model/types.js';
import { shippedKnowledge } from '../helpers/knowledge.js';

// Every grouping explains itself: each account of an event says what put it there, each that started its
// own event says why, and the Markdown report warns about articles whose news was compared with nothing.

const md = (published: string, body: string) => `---\npublished: ${published}\n---\n${body}\n`;
const launch = (day: string, distance: string) =>
  `North Korea fired an intermediate-range ballistic missile from the Pyongyang area on ${day}, South Korea's military said. The missile flew about ${distance} before falling into the Sea of Japan.`;

const sources: RawSource[] = [
  { path: 'a.md', content: md('2025-06-09', launch('June 9, 2025', '900 km')) },
  { path: 'b.md', content: md('2025-06-09', launch('Monday', '900 kilometres')) },
  // No date; another launch site and another missile: another launch.
  { path: 'c.txt', content: 'North Korea fired a submarine-launched ballistic missile from Sinpo, officials said. The missile flew about 300 km before falling into the Yellow Sea.' },
];

describe('every grouping explains itself', () => {
  const report = verify(sources, shippedKnowledge(), {});
  const json = toJsonReport(report);

  it('lists each account of an event with the identity evidence that put it there', () => {
    const launchEvent = json.events.find((e) => e.sources.includes('a'))!;
    const b = launchEvent.members.find((m) => m.source === 'b')!;
    expect(b).toMatchObject({ role: 'main', date: '2025-06-09', how: 'joined', against: [] });
    expect(b.for).toContain('the same day');
    expect(b.for).toContain('landing.area: "Sea of Japan" = "Sea of Japan"');
    const a = launchEvent.members.find((m) => m.source === 'a')!;
    expect(a.how).toBe('started');
    expect(a.reason).toMatch(/^the first account of its happening/);
    expect(a.nearest).toBeUndefined();
  });

  it('says why an account started its own event, and which event it was nearest', () => {
    const launchEvent = json.events.find((e) => e.sources.includes('a'))!;
    const c = json.events.find((e) => e.sources.includes('c'))!.members.find((m) => m.source === 'c')!;
    expect(c.how).toBe('started');
    expect(c.nearest).toBe(launchEvent.id);
    expect(c.reason).toBe('what it says is against the nearest event');
    expect(c.against).toEqual(expect.arrayContaining([expect.stringMatching(/^missile\.type: "submarine-launched ballistic missile" ≠ /), expect.stringMatching(/^launch\.origin: "Sinpo" ≠ /)]));
  });

  it('warns in the Markdown report about an article whose news was compared with nothing', () => {
    const text = formatMarkdown(report, {});
    const warning = text.slice(text.indexOf('> [!WARNING]'), text.indexOf('\n## '));
    expect(warning).toContain('**c**: its news is an event of its own');
    expect(warning).toContain('what it says is against the nearest event');
    expect(warning).not.toContain('**a**');
    expect(warning).not.toContain('**b**');
    // Before the first event's section: a reader sees it on the first screen.
    expect(text.indexOf('> [!WARNING]')).toBeLessThan(text.indexOf('\n## '));
  });
});

describe('--explain EVENT', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-explain-'));
  for (const s of sources) writeFileSync(join(dir, s.path), s.content);

  it('prints how each account came into the event, and what spoke against the one that started its own', () => {
    const run = runCli([dir, '--explain', 'undated']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^undated: .*\(1 account from 1 source\)\n/);
    expect(run.stdout).toContain('c (main account · no date): started: what it says is against the nearest event');
    expect(run.stdout).toContain('  nearest other event: 2025-06-09');
    expect(run.stdout).toMatch(/^ {2}- launch\.origin: "Sinpo" ≠ /m);
  });

  it('names the events that exist when asked for one that does not, with exit code 2', () => {
    const run = runCli([dir, '--explain', '2030-01-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("verify: --explain: no event '2030-01-01' in this run; its events: 2025-06-09, undated\n");
  });
});
