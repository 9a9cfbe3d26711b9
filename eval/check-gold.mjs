#!/usr/bin/env node
// Sanity check of the evaluation set: every gold `text` (claim values and distractors) must be a
// verbatim substring of its source file, every source id must name a file in articles/, verdicts
// must be known, and each gold.yaml must hold at least two conflict claims.
// usage (from the project root): node eval/check-gold.mjs [eval/<slug> ...]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const yaml = createRequire(join(here, '..', 'package.json'))('js-yaml');
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2).map((d) => resolve(d))
  : readdirSync(here)
      .map((d) => join(here, d))
      .filter((d) => statSync(d).isDirectory());

const VERDICTS = new Set(['agree', 'conflict', 'single-source']);
let errors = 0, totalValues = 0, totalRequired = 0, totalDistractors = 0;
const err = (m) => { errors++; console.log(`ERROR ${m}`); };

for (const dir of dirs) {
  const slug = basename(dir);
  const files = new Map();
  for (const f of readdirSync(join(dir, 'articles')))
    files.set(basename(f, extname(f)), readFileSync(join(dir, 'articles', f), 'utf8'));
  const gold = yaml.load(readFileSync(join(dir, 'gold.yaml'), 'utf8'));
  const events = new Set((gold.events ?? []).map((e) => e.id));
  let values = 0, required = 0, conflicts = 0;
  const used = new Set();
  const check = (where, source, text) => {
    if (!files.has(source)) return err(`${slug} ${where}: unknown source ${source}`);
    used.add(source);
    if (typeof text !== 'string' || !text) return err(`${slug} ${where}: empty text`);
    if (!files.get(source).includes(text)) err(`${slug} ${where}: not verbatim in ${source}: "${text}"`);
  };
  for (const [i, c] of (gold.claims ?? []).entries()) {
    const where = `claim ${i} ${c.key}`;
    if (!VERDICTS.has(c.verdict)) err(`${slug} ${where}: verdict ${c.verdict}`);
    if (c.event && !events.has(c.event)) err(`${slug} ${where}: unknown event ${c.event}`);
    const vals = c.values ?? [];
    if (!vals.length) err(`${slug} ${where}: no values`);
    const srcs = new Set(vals.map((v) => v.source));
    if (c.verdict === 'single-source' && srcs.size !== 1) err(`${slug} ${where}: single-source with ${srcs.size} sources`);
    if (c.verdict !== 'single-source' && srcs.size < 2) err(`${slug} ${where}: ${c.verdict} with one source`);
    if (c.verdict === 'conflict') {
      conflicts++;
      const req = vals.filter((v) => v.required !== false && c.required !== false);
      if (new Set(req.map((v) => v.source)).size < 2) err(`${slug} ${where}: conflict needs 2 required sources`);
    }
    for (const v of vals) {
      check(where, v.source, v.text);
      values++;
      if (c.required !== false && v.required !== false) required++;
    }
  }
  for (const [i, d] of (gold.distractors ?? []).entries()) {
    check(`distractor ${i}`, d.source, d.text);
    if (!d.why) err(`${slug} distractor ${i}: no why`);
  }
  for (const s of files.keys()) if (!used.has(s)) err(`${slug}: source ${s} is never cited`);
  if (conflicts < 2) err(`${slug}: only ${conflicts} conflict claims`);
  const nd = (gold.distractors ?? []).length;
  console.log(
    `${slug}: ${files.size} articles, ${(gold.events ?? []).length} events, ${(gold.claims ?? []).length} claims ` +
      `(${conflicts} conflict), ${values} values (${required} required), ${nd} distractors`,
  );
  totalValues += values; totalRequired += required; totalDistractors += nd;
}
console.log(`total: ${totalValues} gold values (${totalRequired} required), ${totalDistractors} distractors; ${errors} errors`);
process.exit(errors ? 1 : 0);
