// The report as a reader sees it: report.md rendered to HTML by a Markdown renderer (markdown-it, CommonMark with
// GitHub's tables, as GitHub shows a .md file), then read back as a page: the verdict first, each conflict's quotes
// on the first screen, the claims-by-sources matrix, and number lines that the links reach.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseDocument } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { cleanup, tempDir } from '../robustness/helpers.js';

afterAll(cleanup);

interface El {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: El[];
  data?: string;
}

const textOf = (node: El): string => (node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(textOf).join(''));
const all = (node: El, name: string): El[] => [...(node.name === name ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, name))];

/** The demo articles checked into a fresh folder, and report.md there rendered to HTML. */
function rendered(): { dir: string; page: El; blocks: El[] } {
  const dir = tempDir('rendered');
  cpSync(join(ROOT, 'sources'), join(dir, 'sources'), { recursive: true });
  const r = runCli(['sources'], { cwd: dir });
  expect(r.code).toBe(1);
  const html = new MarkdownIt({ html: true }).render(readFileSync(join(dir, 'reports', 'report.md'), 'utf8'));
  const page = parseDocument(html) as unknown as El;
  return { dir, page, blocks: (page.children ?? []).filter((n) => n.type === 'tag') };
}

describe('report.md rendered as GitHub shows it', () => {
  const { dir, page, blocks } = rendered();
  // The first screen: what stands before the events table.
  const firstScreen = blocks.slice(0, blocks.findIndex((b) => b.name === 'h2' && textOf(b) === 'Events'));

  it('opens with the verdict, in bold, in the first paragraph', () => {
    const first = blocks.find((b) => b.name === 'p')!;
    expect(textOf(all(first, 'strong')[0])).toBe('❌ 1 contradiction: check it before publishing.');
    expect(blocks.indexOf(first)).toBeLessThanOrEqual(1);
  });

  it('shows each conflicting quote on the first screen, marked in its sentence, with file:line:column', () => {
    const json = JSON.parse(runCli(['sources', '--format', 'json'], { cwd: dir }).stdout);
    const conflict = json.findings.find((f: { verdict: string }) => f.verdict === 'conflict');
    const rows = firstScreen.flatMap((b) => all(b, 'tr'));
    for (const value of conflict.values) {
      const row = rows.find((tr) => all(tr, 'strong').some((s) => textOf(s) === value.text));
      expect(row, value.text).toBeDefined();
      expect(textOf(row!)).toContain(`${value.line}:${value.column}`);
    }
  });

  it('has the matrix of claims by sources, its cells marked with symbols that need no colour', () => {
    const matrix = all(page, 'table').find((t) => textOf(all(t, 'th')[0]) === 'claim')!;
    const header = all(matrix, 'th').map(textOf);
    expect(header.slice(1)).toEqual(['2026-03-12-wire', 'harbor-times', 'pacific-courier', 'strategic-pulse', 'tsushima-observer']);
    const distance = all(matrix, 'tr').find((tr) => textOf(all(tr, 'td')[0] ?? { type: 'text' }) === 'distance flown')!;
    expect(all(distance, 'td').slice(1).map((td) => textOf(td).charAt(0))).toEqual(['✗', '✗', '—', '✗', '✗']);
  });

  it('links each number line, and the link reaches an SVG written beside the report', () => {
    const links = all(page, 'a').map((a) => a.attribs?.href ?? '').filter((href) => href.endsWith('.svg'));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const file = join(dir, 'reports', decodeURI(href));
      expect(existsSync(file), href).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/m);
    }
  });
});
