import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/knowledge.js';

// Imports run one way: model imports nothing, util only model, the value types (values) model and util, each
// stage model and util and the value types where it handles values, the pipeline the stages, web (fetching pages)
// model and util, the CLI whatever it needs. Third-party libraries each live in one module.
const ALLOWED: Record<string, string[]> = {
  model: [],
  util: ['model'],
  values: ['model', 'util'],
  ingest: ['model', 'util'],
  claims: ['model', 'util'],
  extract: ['model', 'util'],
  normalize: ['model', 'util', 'values'],
  events: ['model', 'util', 'values'],
  compare: ['model', 'util', 'values'],
  report: ['model', 'util', 'values'],
  pipeline: ['model', 'util', 'ingest', 'extract', 'normalize', 'events', 'compare'],
  eval: ['model', 'util'],
  web: ['model', 'util'],
  cli: ['model', 'util', 'claims', 'pipeline', 'report', 'eval', 'web'],
};
const LIBRARIES: Record<string, string> = {
  commander: 'cli',
  'js-yaml': 'util/yaml.ts',
  chalk: 'report/text-formatter.ts',
  'fast-levenshtein': 'extract/phrases.ts',
  htmlparser2: 'ingest/html.ts',
  '@mozilla/readability': 'ingest/readerView.ts',
  linkedom: 'ingest/readerView.ts',
  entities: 'util/entities.ts',
  picomatch: 'cli/globs.ts',
  'cli-progress': 'cli/progress.ts',
  feedsmith: 'web/feeds.ts',
  'make-fetch-happen': 'web/http.ts',
  'robots-parser': 'web/robots.ts',
  'http-cache-semantics': 'web/freshness.ts',
};

const SRC = join(ROOT, 'src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
}
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;

describe('architecture', () => {
  const all = files(SRC).map((f) => ({ file: relative(SRC, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

  it.each(Object.keys(ALLOWED))('%s imports only what it may', (stage) => {
    const bad: string[] = [];
    for (const { file, text } of all.filter((f) => f.file.startsWith(`${stage}/`))) {
      for (const m of text.matchAll(IMPORT)) {
        if (!m[1].startsWith('.')) continue;
        const target = relative(SRC, join(SRC, file, '..', m[1])).split('/')[0];
        if (target !== stage && !ALLOWED[stage].includes(target)) bad.push(`${file} -> ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(Object.entries(LIBRARIES))('%s is imported only in %s', (library, home) => {
    const importers = all.filter(({ text }) => [...text.matchAll(IMPORT)].some((m) => m[1] === library || m[1].startsWith(`${library}/`)));
    expect(importers.length).toBeGreaterThan(0);
    for (const { file } of importers) expect(file.startsWith(home)).toBe(true);
  });
});
