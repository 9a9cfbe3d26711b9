// Benchmark corpora: copies of the five bundled sample articles (sources/) with their figures, dates, launch sites,
// seas and missile types rewritten, so every generated event differs while the pages keep their mess (captions,
// bylines, FAQ boxes, teasers, background paragraphs). Files are written one at a time, so a 400 MB corpus never
// sits in memory. Deterministic: the same seed gives byte-identical corpora.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNT_WORDS, DAY_MS, FILES, SEAS, SITES, TYPES, WEEKDAYS, miles, round10 } from './rewrites.mjs';

/** Articles per shard folder; a corpus of N articles is its first N / SHARD shards. */
export const SHARD = 100;
/** Launch days are spread over these years, whatever the size: a bigger corpus has more events per day. */
const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = 30 * 365;
const dayOf = (n) => new Date(FIRST_DAY + n * DAY_MS);

/** A template: literal text and rewrite functions, alternating. Throws when the sample no longer holds a literal. */
function compile(text, rewrites, file) {
  let parts = [text];
  for (const [literal, render, optional] of rewrites) {
    let found = false;
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string' || !part.includes(literal)) return [part];
      found = true;
      return part.split(literal).flatMap((piece, i) => (i ? [render, piece] : [piece]));
    });
    if (!found && !optional) throw new Error(`bench: "${literal}" is no longer in sources/${file}; update the rewrites in bench/corpus.mjs`);
  }
  return parts;
}

export function loadTemplates(sourcesDir) {
  return FILES.map((f) => ({ ...f, parts: compile(readFileSync(join(sourcesDir, f.file), 'utf8'), f.rewrites, f.file) }));
}

const render = (parts, p) => parts.map((part) => (typeof part === 'string' ? part : part(p))).join('');

/** mulberry32: a small seeded generator, so corpora are reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newEvent(rnd) {
  const int = (lo, hi, step = 1) => lo + step * Math.floor(rnd() * ((hi - lo) / step + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const n = int(0, DAYS - 1);
  const site = pick(SITES);
  const km = int(250, 1500, 10);
  return {
    day: dayOf(n), weekday: WEEKDAYS[dayOf(n).getUTCDay()], hour: int(5, 10), minute: int(0, 55, 5),
    site: { ...site, slug: site.name.toLowerCase().replaceAll(' ', '-') }, sea: SEAS[site.coast], type: pick(TYPES),
    km, miles: miles(km), altitude: int(100, 2500, 50), minutes: int(5, 60),
    salvo: dayOf(n - int(30, 75)), salvoCount: pick(COUNT_WORDS),
    prev: dayOf(n - int(100, 220)), prevKm: int(150, 600, 10), prevAltitude: int(20, 120, 10),
  };
}

/** One outlet's copy: now and then a figure or the weekday differs, as between real outlets. */
function perArticle(event, rnd) {
  const r = rnd();
  if (r < 0.06) return { ...event, km: round10(event.km * 1.25), miles: miles(round10(event.km * 1.25)) }; // conflict
  if (r < 0.09) return { ...event, miles: round10(event.miles * 0.8) }; // own conversion does not hold
  if (r < 0.11) return { ...event, weekday: WEEKDAYS[(event.day.getUTCDay() + 6) % 7] }; // a day off
  return event;
}

/**
 * A corpus written on demand: `extendTo(n)` adds articles until there are `n`, in folders `dir`/s0000, s0001, …
 * (SHARD each), events of two to five outlets each. A smaller corpus is a prefix of a bigger one.
 */
export class Corpus {
  constructor(dir, { sourcesDir, seed = 1 }) {
    Object.assign(this, { dir, templates: loadTemplates(sourcesDir), rnd: random(seed) });
    this.shards = [];
    /** After each full shard: bytes and events (with at least one article) so far. */
    this.bytesThrough = [];
    this.eventsThrough = [];
    this.articles = 0;
    this.bytes = 0;
    this.events = 0;
    this.pending = []; // the current event's outlets not written yet
    /** Each generated event's launch day, by event number (the `e000123-` prefix of its files). */
    this.eventDays = [];
  }

  /** The first `n` articles (n a multiple of SHARD): their folders, bytes and events. */
  extendTo(n) {
    if (n % SHARD) throw new Error(`bench: corpus sizes are multiples of ${SHARD}`);
    while (this.articles < n) this.writeOne();
    const k = n / SHARD;
    return { articles: n, shards: this.shards.slice(0, k), bytes: this.bytesThrough[k - 1], events: this.eventsThrough[k - 1] };
  }

  writeOne() {
    if (!this.pending.length) {
      const event = newEvent(this.rnd);
      const outlets = this.templates.filter(() => this.rnd() < 0.8);
      const e = this.events++;
      this.eventDays.push(event.day.toISOString().slice(0, 10));
      if (outlets.length < 2) outlets.splice(0, outlets.length, this.templates[e % 5], this.templates[(e + 2) % 5]);
      this.pending = outlets.map((template) => ({ template, event, e }));
    }
    const { template, event, e } = this.pending.shift();
    if (this.articles % SHARD === 0) {
      this.shardDir = join(this.dir, `s${String(this.shards.length).padStart(4, '0')}`);
      mkdirSync(this.shardDir, { recursive: true });
      this.shards.push(this.shardDir);
    }
    const text = Buffer.from(render(template.parts, perArticle(event, this.rnd)));
    writeFileSync(join(this.shardDir, `e${String(e).padStart(6, '0')}-${template.name(event)}`), text);
    this.bytes += text.length;
    this.articles++;
    if (this.articles % SHARD === 0) {
      this.bytesThrough.push(this.bytes);
      this.eventsThrough.push(this.events);
    }
  }
}
