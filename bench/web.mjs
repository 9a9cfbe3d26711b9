#!/usr/bin/env node
// `npm run bench:web`: is a run on cached web pages as fast as one on the same pages as local files? Serves a
// generated corpus from a server on 127.0.0.1 (ETag, Cache-Control: max-age=3600), fills the cache with one run
// over `--urls`, then times, alternating: the cached run (server up, nothing to fetch), the same run `--offline`,
// and the same articles read as local files. Needs `npm run build` first. Prints medians; exits 0 either way.
//
//   node bench/web.mjs [--articles 1000] [--runs 3]
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { Corpus } from './corpus.mjs';
import { measure, median } from './measure.mjs';
import { ROOT } from './setup.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const articles = option('articles', 1000);
const runs = option('runs', 3);
const TYPES = { '.html': 'text/html; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

const tmp = mkdtempSync(join(tmpdir(), 'verify-bench-web-'));
try {
  const corpus = new Corpus(join(tmp, 'corpus'), { sourcesDir: join(ROOT, 'sources') });
  const { shards } = corpus.extendTo(articles);
  const files = shards.flatMap((dir) => readdirSync(dir).sort().map((name) => join(dir, name)));
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    const path = join(tmp, 'corpus', decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let body;
    try {
      body = readFileSync(path);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', etag, 'cache-control': 'max-age=3600' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const list = join(tmp, 'urls.txt');
  writeFileSync(list, files.map((f) => `${origin}/${relative(join(tmp, 'corpus'), f).split('\\').join('/')}`).join('\n'));

  const cache = join(tmp, 'cache');
  const cli = join(ROOT, 'dist', 'bundle', 'main.js');
  const common = ['--claims', join(ROOT, 'claims'), '--format', 'json', '--fail-on', 'never', '--cache-dir', cache];
  const run = async (args) => {
    const r = await measure([cli, ...args, ...common], { cwd: tmp, rss: false });
    if (r.code !== 0) throw new Error(`verify failed (${r.code}): ${r.stderr.trim().split('\n').pop()}`);
    return r.seconds;
  };
  const fill = await run(['--urls', list]);
  const fillRequests = requests;
  const times = { cached: [], offline: [], local: [] };
  requests = 0;
  for (let i = 0; i < runs; i++) {
    times.cached.push(await run(['--urls', list]));
    times.offline.push(await run(['--urls', list, '--offline']));
    times.local.push(await run(shards));
  }
  server.close();
  const local = median(times.local);
  const row = (name, seconds) => `| ${name} | ${seconds.toFixed(2)} s | ${(seconds / local).toFixed(2)}× |`;
  process.stdout.write(
    [
      `${articles} articles, ${runs} alternating runs each (medians); first run, filling the cache: ${fill.toFixed(2)} s, ${fillRequests} requests`,
      '',
      '| run | time | against local files |',
      '|---|---|---|',
      row('local files', local),
      row('cached pages, server up', median(times.cached)),
      row('cached pages, --offline', median(times.offline)),
      '',
      `requests to the server during the cached runs: ${requests}`,
      '',
    ].join('\n'),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
