import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCliAsync } from '../helpers/cli.js';
import { ROOT } from '../helpers/knowledge.js';
import { page, startServer, type TestServer } from '../web/server.js';

// The three ways in from the web, end to end: addresses on the command line, a list of them (--urls) and a feed
// (--feed), served by a server on 127.0.0.1 that this test starts. The library's own limits (timeouts, redirects,
// sizes, 304s, robots.txt) are tested in tests/web; here, what a person running verify sees.
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const A = read('tests/cases/entity-quotes/articles/a.html');
const B = read('tests/cases/entity-quotes/articles/b.md');
const claims = ['--claims', join(ROOT, 'claims')];

const FEED = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour wire</title><link>${origin}/</link>
<item><title>Missile flies 600 km</title><link>${origin}/news/a</link><pubDate>Mon, 09 Jun 2025 08:00:00 +0900</pubDate></item>
<item><title>Last week's storm</title><link>${origin}/news/old</link><pubDate>Mon, 02 Jun 2025 08:00:00 +0900</pubDate></item>
<item><title>Launch and landing</title><link>${origin}/news/full</link><pubDate>Mon, 09 Jun 2025 10:00:00 +0900</pubDate>
<content:encoded><![CDATA[<p>North Korea launched a ballistic missile on June 9, 2025. The missile flew 900&nbsp;km and landed in the East Sea, according to Seoul's joint chiefs of staff, who said it was fired from near the capital early on Monday.</p><p>Japan's coast guard said no damage to ships or aircraft had been reported after the launch, and the government said it had lodged a protest through its embassy channels in Beijing that afternoon.</p>]]></content:encoded></item>
</channel></rss>
`;

let server: TestServer;
let work: string;
const cache = () => join(work, `cache-${Math.random().toString(36).slice(2)}`);

beforeAll(async () => {
  server = await startServer({
    '/news/a': page(A),
    '/news/b': page(B, 'text/markdown; charset=utf-8'),
    '/news/old': page('<html><body><article><p>Nothing to see.</p></article></body></html>'),
    '/private/c': page(A),
    '/news/undated': page('<html><body><article><h1>Quake shakes the coast</h1><p>A magnitude 6.1 earthquake struck off the coast on Monday, the weather agency said.</p></article></body></html>'),
    '/undated-feed.xml': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Coast</title><item><title>Quake</title><link>${server.origin}/news/undated</link><pubDate>Mon, 09 Jun 2025 08:00:00 +0900</pubDate></item></channel></rss>`),
    '/robots.txt': page('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/feed.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED(server.origin)),
    '/image.png': page(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
  });
  work = mkdtempSync(join(tmpdir(), 'verify-web-cli-'));
});
afterAll(() => server.close());

describe('verify on web addresses', () => {
  it('checks the pages, names each by its address and links the copy it read', async () => {
    const dir = cache();
    const out = join(work, 'report');
    const run = await runCliAsync([server.url('/news/a'), server.url('/news/b'), '--cache-dir', dir, '--out', out, ...claims], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // 600 km against 900 km
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain(`\`${server.url('/news/a')}\``);
    const link = /\[copy as read\]\(([^)]+)\)/.exec(md)![1];
    expect(existsSync(join(out, decodeURI(link)))).toBe(true);
    const json = JSON.parse((await runCliAsync([server.url('/news/a'), server.url('/news/b'), '--cache-dir', dir, '--format', 'json', ...claims], { cwd: work })).stdout);
    expect(json.sources.map((s: { path: string }) => s.path)).toEqual([server.url('/news/a'), server.url('/news/b')]);
    // Every quote stands at its line and column in the copy.
    const copyOf = new Map<string, string>(json.sources.map((s: { id: string; copy: string }) => [s.id, readFileSync(join(work, s.copy), 'utf8')]));
    for (const v of json.findings.flatMap((f: { values: unknown[] }) => f.values) as Array<{ source: string; text: string; line: number; column: number }>) {
      const line = copyOf.get(v.source)!.split('\n')[v.line - 1];
      expect(line.slice(v.column - 1, v.column - 1 + v.text.length)).toBe(v.text);
    }
  });

  it('reports a page it cannot read on its own line, checks the rest, and exits 2 unless --allow-missing', async () => {
    const dir = cache();
    const args = [server.url('/news/a'), server.url('/gone'), server.url('/image.png'), server.url('/private/c'), server.url('/news/b'), '--cache-dir', dir, '--format', 'text', ...claims];
    const run = await runCliAsync(args, { cwd: work });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain(`verify: ${server.url('/gone')}: cannot read: HTTP 404 Not Found`);
    expect(lines.some((l) => l.startsWith(`verify: ${server.url('/image.png')}: cannot read: `) && l.includes('image/png'))).toBe(true);
    expect(lines).toContain(`verify: ${server.url('/private/c')}: cannot read: refused by robots.txt`);
    expect(run.stdout).toContain('✖ 1 conflict in 2 sources'); // the two readable pages still checked
    const allowed = await runCliAsync([...args, '--allow-missing'], { cwd: work });
    expect(allowed.code).toBe(1);
    expect(allowed.stderr).toContain(`verify: warning: ${server.url('/gone')}: cannot read: HTTP 404 Not Found`);
  });

  it('runs again from the cache alone with --offline, giving the same report', async () => {
    const dir = cache();
    const args = [server.url('/news/a'), server.url('/news/b'), '--cache-dir', dir, '--format', 'json', ...claims];
    const online = await runCliAsync(args, { cwd: work });
    const before = server.requests.length;
    const offline = await runCliAsync([...args, '--offline'], { cwd: work });
    expect(server.requests.length).toBe(before);
    expect(offline.stdout).toBe(online.stdout);
    const uncached = await runCliAsync([server.url('/news/never'), '--cache-dir', dir, '--offline', ...claims], { cwd: work });
    expect(uncached.code).toBe(2);
    expect(uncached.stderr).toContain('cannot read: not in the cache (--offline)');
  });

  it('reads a list of addresses with --urls, naming a bad line by file and line', async () => {
    const list = join(work, 'urls.txt');
    writeFileSync(list, `# coverage of the launch\n${server.url('/news/a')}\n\n${server.url('/news/b')}\n`);
    const run = await runCliAsync(['--urls', list, '--cache-dir', cache(), '--format', 'json', ...claims], { cwd: work });
    expect(JSON.parse(run.stdout).sources).toHaveLength(2);
    writeFileSync(list, `${server.url('/news/a')}\nnews/b\n`);
    const bad = await runCliAsync(['--urls', list, '--cache-dir', cache(), ...claims], { cwd: work });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('verify: urls.txt:2: not a web address (http:// or https://): news/b\n');
  });
});

describe('progress while fetching', () => {
  // `script` (util-linux) gives the CLI a pseudo-terminal as stdout and stderr.
  const haveScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

  it.skipIf(!haveScript)('draws a bar counting pages on a terminal, cleared before the summary', async () => {
    const urls = ['/news/a', '/news/b', '/news/old'].map((p) => server.url(p)).join(' ');
    const command = `${process.execPath} ${CLI} ${urls} --cache-dir ${cache()} --out out --fail-on never --claims ${join(ROOT, 'claims')}`;
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: work, env: { ...process.env, NO_COLOR: '1', CI: '', GITHUB_ACTIONS: '', TERM: 'xterm' } });
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(text));
    });
    expect(output).toContain('] 3/3 pages');
    expect(output.lastIndexOf('\u001b[2K')).toBeGreaterThan(output.lastIndexOf(' pages'));
  });
});

describe('verify --feed', () => {
  it('checks the articles a feed links to, and an item whose text the feed carries, from --since on', async () => {
    const [oldBefore, fullBefore] = [server.count('/news/old'), server.count('/news/full')];
    const run = await runCliAsync(['--feed', server.url('/feed.xml'), '--since', '2025-06-05', '--cache-dir', cache(), '--format', 'json', ...claims], { cwd: work });
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.sources.map((s: { path: string }) => s.path)).toEqual([server.url('/news/a'), server.url('/news/full')]);
    expect(server.count('/news/old')).toBe(oldBefore); // before --since: not fetched
    expect(server.count('/news/full')).toBe(fullBefore); // the feed carries its text
    const distance = json.findings.find((f: { claim: string }) => f.claim === 'launch.distance');
    expect(distance.verdict).toBe('conflict');
  });

  it("dates a page that states no date of its own by its item, on the day the feed wrote (08:00 in Tokyo is 9 June, not 8 June in UTC)", async () => {
    const run = await runCliAsync(['--feed', server.url('/undated-feed.xml'), '--cache-dir', cache(), '--format', 'json', ...claims], { cwd: work });
    const json = JSON.parse(run.stdout);
    expect(json.sources[0]).toMatchObject({ path: server.url('/news/undated'), published: '2025-06-09' });
    // "on Monday" is read against that day.
    expect(JSON.stringify(json.findings)).toContain('2025-06-09');
  });

  it("takes the config file's feeds and cache folder when the command line names nothing", async () => {
    const dir = mkdtempSync(join(work, 'config-'));
    writeFileSync(join(dir, 'feed.xml'), FEED(server.origin));
    writeFileSync(join(dir, 'verify.config.yaml'), 'feeds: [feed.xml]\ncache-dir: web-cache\n');
    const run = await runCliAsync(['--format', 'json', ...claims], { cwd: dir });
    // Sources are listed by address, whatever order they came in (reports do not depend on it).
    expect(JSON.parse(run.stdout).sources.map((s: { path: string }) => s.path)).toEqual([server.url('/news/a'), server.url('/news/full'), server.url('/news/old')]);
    expect(existsSync(join(dir, 'web-cache', 'pages'))).toBe(true);
  });

  it('reads a page the feed carries whole from the feed, though an address list names it too', async () => {
    const list = join(work, 'full.txt');
    writeFileSync(list, `${server.url('/news/full')}\n`);
    const before = server.count('/news/full');
    const run = await runCliAsync(['--feed', server.url('/feed.xml'), '--urls', list, '--since', '2025-06-05', '--cache-dir', cache(), '--format', 'json', ...claims], { cwd: work });
    expect(JSON.parse(run.stdout).sources.map((s: { path: string }) => s.path)).toEqual([server.url('/news/a'), server.url('/news/full')]);
    expect(server.count('/news/full')).toBe(before);
  });

  it('reads a feed file, and refuses a broken one with one line naming it', async () => {
    const file = join(work, 'feed.xml');
    writeFileSync(file, FEED(server.origin));
    const run = await runCliAsync(['--feed', 'feed.xml', '--cache-dir', cache(), '--format', 'json', ...claims], { cwd: work });
    expect(JSON.parse(run.stdout).sources).toHaveLength(3);
    writeFileSync(file, FEED(server.origin).replace('</channel>', ''));
    const broken = await runCliAsync(['--feed', 'feed.xml', '--cache-dir', cache(), ...claims], { cwd: work });
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^verify: feed\.xml: invalid RSS feed/);
  });
});

describe('--since without a feed', () => {
  it('is a warning that it changes nothing', async () => {
    const run = await runCliAsync([server.url('/news/a'), '--since', '2025-06-01', '--cache-dir', cache(), '--format', 'json', ...claims], { cwd: work });
    expect(run.stderr).toBe('verify: warning: --since limits the items of feeds, and no feed is named (--feed): it changes nothing\n');
  });
});

describe('verify extract', () => {
  it('refuses a web address with one line saying how to extract a page', async () => {
    const run = await runCliAsync(['extract', 'https://example.com/news/quake', '--out', join(work, 'extracted'), ...claims], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('verify: https://example.com/news/quake: verify extract reads files, not web addresses: check the pages with verify first, then extract their copies (the JSON report\'s "copy")\n');
  });
});
