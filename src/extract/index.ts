import type { Article, BlockKind, Candidate, Knowledge, RawValue, Span } from '../model/types.js';
import { isAttributeKind, OPEN_DATE } from '../util/unlistedKinds.js';
import { LineIndex } from '../util/lines.js';
import { toOriginal } from '../util/offsets.js';
import { attributionOf } from './attribution.js';
import { subjectOf } from './attributes.js';
import { buildBareScanner, type BareScanner } from './bare.js';
import { literal } from './caseless.js';
import { CountScanner } from './counts.js';
import type { CueIndex } from './cueIndex.js';
import { SentenceTokens } from './tokens.js';
import { SentenceCues, assignKind, compileKinds, cuesOf, inContext, isExcluded, type CompiledKind } from './cues.js';
import { MONTH_NAME, monthNumber } from '../util/dates/inText.js';
import { buildFigureScanner, type FigureScanner } from './figures.js';
import { kindsTaking, type Found } from './found.js';
import { contextWords } from './open.js';
import { PhraseIndex } from './phrases.js';
import { buildQuantityScanner, type QuantityScanner } from './quantities.js';
import { RECOGNISERS, SentenceReading } from './recognisers.js';
import { REFINERS } from './refiners.js';
import { splitSentences } from './sentences.js';
import { StatementScanner } from './statements.js';
import { matchStamp } from '../util/dates/inMetadata.js';

export { splitSentences } from './sentences.js';
export { normalizePhrase } from './phrases.js';
/** A figure as written read as extraction reads figures: a reviewed claim's edited value (src/cli/extracted). */
export { parseStatedNumber } from './numbers.js';

/** Everything extraction needs from the claim definitions, compiled once per run. */
export interface Extractor {
  kinds: CompiledKind[];
  /** The kinds' cue phrases, in one trie, built on first use. */
  cueIndex: () => CueIndex;
  counts: CountScanner;
  statements: StatementScanner;
  /** Kinds, count patterns and statement phrases per set of active packs, compiled once each. */
  byTopic: Map<string, Pick<Extractor, 'kinds' | 'cueIndex' | 'counts' | 'statements'>>;
  topics: { pack: string; words: RegExp }[];
  /** Every pack's topic words and happening nouns (lower case): what a happening is called by ("launch", "quake", "test"). */
  topicWords: Set<string>;
  /** "the previous test", "an earlier quake" (a pack's happening noun, not followed by "on" or "in" a date): history. */
  earlierHappening: RegExp;
  quantities: QuantityScanner;
  /** Figures whose unit a phrase around them gives ("put it at 6.4"). */
  bare: BareScanner;
  /** The general quantity reader's unit table: money, shares, ages, rates, figures in words. */
  figures: FigureScanner;
  places: PhraseIndex<string>;
  categories: PhraseIndex<{ set: string; id: string }>;
  /** Category sets whose unlisted designations ("Comet-7") are members too. */
  designationSets: string[];
}

export function prepareExtractor(knowledge: Knowledge): Extractor {
  const topicWords = new Set(knowledge.packs.flatMap((p) => [...p.topic, ...(p.happenings ?? [])].map((w) => w.toLowerCase())));
  const places = new PhraseIndex<string>({ fuzzy: true });
  for (const p of knowledge.places) for (const name of [p.name, ...p.aliases]) places.add(name, p.name);
  const categories = new PhraseIndex<{ set: string; id: string }>({ plurals: true });
  for (const set of knowledge.categories)
    for (const e of set.entries) for (const name of [e.label, ...e.names]) categories.add(name, { set: set.name, id: e.id });
  const topics = knowledge.packs
    .filter((p) => p.topic.length)
    .map((p) => ({ pack: p.name, words: new RegExp(`\\b(?:${p.topic.map((w) => literal(w, true)).join('|')})\\b`, 'gi') }));
  const kinds = compileKinds(knowledge.kinds);
  return {
    kinds,
    cueIndex: lazy(() => cuesOf(kinds)),
    counts: new CountScanner(kinds),
    statements: new StatementScanner(knowledge.kinds),
    byTopic: new Map(),
    topics,
    topicWords,
    earlierHappening: earlierHappening(new Set(knowledge.packs.flatMap((p) => p.happenings ?? []).map((w) => w.toLowerCase()))),
    designationSets: knowledge.categories.filter((s) => s.designations).map((s) => s.name),
    quantities: buildQuantityScanner(knowledge.units),
    bare: buildBareScanner(knowledge.units),
    figures: buildFigureScanner(knowledge.units),
    places,
    categories,
  };
}

// "That crash killed 21", "It also destroyed the old bridge": a sentence that opens by pointing back.
const BACK_REFERENCE = /^(?:That|Those|The same|It|Its|They|Their)\s/;
// The name a sentence opens with ("Rammasun killed 88 people"): when the previous sentence named it in a
// clause about an earlier happening, the sentence goes on about that happening.
const OPENING_NAME = /^(?:The\s+|Typhoon\s+|Hurricane\s+|Storm\s+|Cyclone\s+)?(\p{Lu}[\p{Ll}]{3,30})\b/u;
const ATTRIBUTIVE_MONTH = new RegExp(String.raw`\b[Tt]he ${MONTH_NAME} (?=\p{Ll})`, 'gu');
const POSSESSIVE = /^['’]s\s+([\p{L}-]+)/u;
// "The two missiles fired from the west coast that morning flew 350 km": the day the previous sentence named.
const THAT_DAY = /\bthat (?:morning|afternoon|evening|night|day)\b/i;
// A month a heading names: "The January quake", "What February's quake changed" (not "May" the verb, which is lower case).
const HEADING_MONTH = new RegExp(String.raw`\b${MONTH_NAME}\b`);
const LOCALITY = /^In\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}),/u;
/** A sentence read by every recogniser in turn, then refined by every refiner in turn. */
function readSentence(s: SentenceReading): Found[] {
  let found = RECOGNISERS.flatMap((r) => r.read(s));
  for (const r of REFINERS) found = r.refine(found, s);
  return found;
}

// A sentence about an earlier, undated happening ("the previous test flew for 70 minutes") is history.
const earlierHappening = (nouns: Set<string>) =>
  new RegExp(String.raw`\b(?:previous|prior|earlier|last)\s+(?:${[...nouns].sort().map((w) => literal(w, true)).join('|') || '(?!)'})\b(?!\s+(?:on|in)\b)`, 'i');


// A pack counts as the article's subject when its topic words occur at least this often (or as often as the best
// pack's, in a piece that names its subject once), and at least this share as often as the best pack's: a quake
// story that mentions a missile test stays a quake story.
const TOPIC_MIN_HITS = 2;
const TOPIC_MIN_SHARE = 0.25;

/** Blocks that are not the piece's own: a teaser, a byline or page furniture names other stories' subjects. */
const NOT_ITS_OWN = new Set<BlockKind>(['teaser', 'byline', 'boilerplate']);

/**
 * The text the piece's subject is read from: its own blocks. A "Most read: plane crash kills 12" beside a quake
 * story must not make it an air accident story, whose cues ("between", "crashed") would then read its places.
 */
function ownText(article: Article): string {
  if (!article.blocks.some((b) => NOT_ITS_OWN.has(b.kind))) return article.text;
  return article.blocks.filter((b) => !NOT_ITS_OWN.has(b.kind)).map((b) => article.text.slice(b.start, b.end)).join('\n');
}

/** The kinds worth looking for in an article: those of packs about its subject, and those of no pack. */
function forTopic(article: Article, ex: Extractor): Extractor {
  if (!ex.topics.length) return ex;
  const own = ownText(article);
  const hits = ex.topics.map((t) => ({ pack: t.pack, n: own.match(t.words)?.length ?? 0 }));
  const best = Math.max(...hits.map((h) => h.n));
  // A short piece that names its subject once still has one; a piece that never names a pack's subject (a dam
  // failure) takes none of the topical packs' kinds: their cues ("landed", "flew") mean other things there.
  const least = Math.min(TOPIC_MIN_HITS, best);
  const active = best === 0 ? packsNamedByCategory(own, ex) : hits.filter((h) => h.n >= least && h.n >= TOPIC_MIN_SHARE * best).map((h) => h.pack);
  const key = active.join(' ');
  let entry = ex.byTopic.get(key);
  if (!entry) {
    const topical = new Set(ex.topics.map((t) => t.pack));
    const kinds = ex.kinds.filter((c) => !c.kind.pack || !topical.has(c.kind.pack) || active.includes(c.kind.pack));
    entry = { kinds, cueIndex: lazy(() => cuesOf(kinds)), counts: new CountScanner(kinds), statements: new StatementScanner(kinds.map((c) => c.kind)) };
    ex.byTopic.set(key, entry);
  }
  return { ...ex, ...entry };
}

/** The packs whose kinds take a category the piece names ("fired a Hwasong-18"): its subject, though no topic word says so. */
function packsNamedByCategory(own: string, ex: Extractor): string[] {
  const sets = new Set(ex.categories.find(own).map((hit) => hit.value.set));
  return [...new Set(ex.kinds.filter((c) => c.kind.pack && c.kind.categories && sets.has(c.kind.categories)).map((c) => c.kind.pack!))];
}

/** A value worked out on first use, then kept. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Claim candidates in one article, in text order. */
export function extractCandidates(article: Article, exAll: Extractor): Candidate[] {
  const out: Candidate[] = [];
  const lines = new LineIndex(article.original);
  const spanOf = (start: number, end: number): Span => {
    const from = toOriginal(article.origin, start);
    const to = toOriginal(article.origin, end - 1) + 1;
    return { source: article.id, start: from, end: to, ...lines.locate(from), text: article.original.slice(from, to) };
  };
  const ex = forTopic(article, exAll);
  const undated = !ex.kinds.some((c) => c.kind.type === 'date');
  let previous: { block: number; anchors: Anchor[]; text: string } = { block: -1, anchors: [], text: '' };
  let section: Anchor[] = [];
  let leadSeen = false;
  // The thing the previous sentence opened with: "The dam was finished in 1962. It is 220 m high."
  let subject: string | undefined;
  for (const sentence of splitSentences(article)) {
    const cues = new SentenceCues(new SentenceTokens(sentence.text), ex.cueIndex());
    // A statement's phrases say themselves whether it is negated ("failed to deploy"); the scanner has weighed the rest.
    const found = readSentence(new SentenceReading(sentence, ex, cues, subject));
    subject = subjectOf(sentence.text) ?? (sentence.blockIndex === previous.block ? subject : undefined);
    let anchors = sentenceAnchors(sentence.text, found, ex.topicWords);
    // "That crash killed 21": a sentence that points back is about the previous sentence's happening.
    if (!anchors.length && previous.block === sentence.blockIndex) anchors = continued(sentence.text, previous);
    // "## The January quake": a heading between parts of the text that dates a happening dates its section's
    // undated sentences; a headline above the lead dates nothing ("…still rebuilding from 2023").
    if (sentence.block === 'heading') section = leadSeen ? (anchors.length ? anchors : headingMonth(sentence.text)) : [];
    else if (!anchors.length) anchors = section;
    else if (sentence.block === 'body') leadSeen = true;
    previous = { block: sentence.blockIndex, anchors, text: sentence.text };
    const attribution = found.length ? attributionOf(sentence.text) : undefined;
    const role = sentence.block === 'background' || (!anchors.length && ex.earlierHappening.test(sentence.text)) ? 'background' : 'main';
    // "In Tampa Bay, a surge of about 3 feet flooded streets": a figure for one locality, not the whole event.
    const locality = LOCALITY.exec(sentence.text)?.[1];
    for (const f of found) {
      if (locality && f.raw.type === 'quantity' && !f.raw.qualifier) f.raw = { ...f.raw, qualifier: `in ${locality}` };
      const accepting = kindsTaking(ex.kinds, f);
      // A counted noun or a lead phrase ("163 dead", "death toll rose to 163") names its kind itself.
      const kind =
        f.tag === 'statement' ? accepting[0]?.kind
        : f.tag === 'count' ? accepting.find((c) => !isExcluded(cues, f.start, f.end, c) && inContext(cues, c))?.kind : assignKind(cues, f.start, f.end, accepting);
      // A figure a kind of its measure rules out ("a range of 3,000 km") is not an open claim either.
      // A piece no date kind reads (no pack knows its subject) still dates its news: its dates are kept as open
      // claims, which date the sentence's other claims for the events stage and are compared with nothing.
      const open = f.open ?? (undated && f.raw.type === 'date' && datesNews(f, sentence.text) ? OPEN_DATE : undefined);
      if (!kind && (!open || accepting.some((c) => isExcluded(cues, f.start, f.end, c)))) continue;
      const key = kind?.key ?? open!;
      // A thing's size is no happening's: a year in its sentence ("built in 1962") does not date it.
      const timeless = !kind && isAttributeKind(key);
      const anchor = anchorOf(f, anchors, sentence.text);
      out.push({
        kind: key,
        ...(kind || timeless ? {} : { context: contextWords(sentence.text, f.start, f.end) }),
        source: article.id,
        span: spanOf(sentence.start + f.start, sentence.start + f.end),
        raw: f.raw,
        tag: f.tag,
        sentence: sentence.index,
        role,
        anchor: timeless ? dayAnchor(anchor) : anchor,
        ...(attribution ? { attribution } : {}),
      });
    }
  }
  return out;
}

interface Anchor {
  /** Where the date's region of the sentence begins: 0, or the marker that introduces it. */
  from: number;
  /** Where that region ends, when it ends before the sentence does. */
  to?: number;
  start: number;
  raw: Extract<RawValue, { type: 'date' }>;
  reference: boolean;
  /** The day names a happening: "Tuesday's launch". */
  names?: boolean;
}

// Words that introduce an earlier happening; the clause after them is about it ("since November 5, when ...").
// "just after 4 a.m." and "after 10 p.m." place a time, not another happening ("since 2014" names one), and "after veering off the runway"
// (a gerund) tells what the happening did before, not another happening. A comparison with another
// happening ("shallower than the 15.8 km of the Jan. 14 quake") is one too, when a date follows in its clause.
const REFERENCE_MARKER = /\b(?<!(?:just|shortly|soon|right|minutes|hours|moments|days)\s)(?:(?:since|previous|prior to|earlier)\b(?!\s+(?!(?:19|20)\d\d\b)\d)|(?:after|following)\b(?!\s+\d)(?!\s+\p{Ll}+ing\b)|than (?:the|that of|in|during)\b)/giu;
const CLAUSE_BREAK = /[,;:—–]/;
// A sentence that opens with a subordinate clause ("After …, Yagi slammed into"): the clause ends at its comma.
const FRONTED = /^\s*(?:After|Since|Following|Before|Having|Despite|Days after|A day after|Hours after)\b[^,;:—–]*$/;
// ", which made landfall on Hainan on Friday,": a relative clause between commas.
const RELATIVE_OPENER = /,\s+(?:which|who)\s[^,;:—–]*$/;

/** The relative clause between commas that holds [start, end), or undefined. */
function relativeClauseAround(text: string, start: number, end: number): { from: number; to: number } | undefined {
  const head = text.slice(Math.max(0, start - MARKER_REACH), start);
  const m = RELATIVE_OPENER.exec(head);
  if (!m) return undefined;
  const to = clauseEnd(text, end);
  if (text[to] !== ',') return undefined;
  return { from: start - head.length + m.index, to };
}

/** The first comma or other clause break at or after `from`, or the sentence's end. */
function clauseEnd(text: string, from: number): number {
  const at = text.slice(from).search(CLAUSE_BREAK);
  return at < 0 ? text.length : from + at;
}
const MARKER_REACH = 120;
const QUOTE_MARK = /["“”]/;

/** The dates of a sentence, each with the region of the sentence it governs. */
function sentenceAnchors(text: string, found: Found[], happenings: Set<string>): Anchor[] {
  const markers: number[] = [];
  REFERENCE_MARKER.lastIndex = 0;
  for (let m = REFERENCE_MARKER.exec(text); m; m = REFERENCE_MARKER.exec(text)) markers.push(m.index);
  const anchors: Anchor[] = [];
  for (const f of found) {
    if (f.raw.type !== 'date') continue;
    const marker = markers.filter((at) => at < f.start && f.start - at <= MARKER_REACH && !CLAUSE_BREAK.test(text.slice(at, f.start))).pop();
    // "Tuesday's launch", "Monday's quake": a day that names a happening (the main news's, or another's) by a
    // word the packs' topics know; "Thursday's high tide" names none.
    const possessive = marker === undefined ? POSSESSIVE.exec(text.slice(f.end, f.end + 40)) : null;
    const names = possessive !== null && happenings.has(possessive[1].toLowerCase());
    // "After killing 16 in Luzon earlier this week, Yagi slammed into Wenchang": a fronted clause that an earlier
    // happening opens ends at its comma, and the main clause after it is about the news.
    const to = marker !== undefined && FRONTED.test(text.slice(0, f.start)) ? clauseEnd(text, f.end) : undefined;
    if (marker !== undefined) {
      anchors.push({ from: marker, ...(to !== undefined ? { to } : {}), start: f.start, raw: f.raw, reference: true });
      continue;
    }
    // "Yagi, which made landfall on Hainan on Friday, slammed into Vietnam on Saturday": a day in a relative clause
    // between commas, where the main clause names a day of its own, is an earlier happening's, and only in that clause.
    const relative = relativeClauseAround(text, f.start, f.end);
    const ownDayOutside = relative !== undefined && found.some((o) => o.raw.type === 'date' && o !== f && (o.start < relative.from || o.start >= relative.to));
    if (relative && ownDayOutside) {
      anchors.push({ from: relative.from, to: relative.to, start: f.start, raw: f.raw, reference: true });
      continue;
    }
    anchors.push({ from: 0, start: f.start, raw: f.raw, reference: false, ...(names ? { names } : {}) });
  }
  // "The August test reached 50 km": a month naming a happening dates it (the latest such month); the main
  // news's own month ("the February quake" in a report of it) stays the main news.
  ATTRIBUTIVE_MONTH.lastIndex = 0;
  for (let m = ATTRIBUTIVE_MONTH.exec(text); m; m = ATTRIBUTIVE_MONTH.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    if (found.some((f) => f.raw.type === 'date' && f.start <= start && start < f.end)) continue;
    anchors.push({ from: 0, start, raw: { type: 'date', month: monthNumber(m[1]) }, reference: false });
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/**
 * The date a sentence without its own takes from the previous one it continues: the last one that sentence
 * named, when it opens by pointing back ("It also destroyed…") or says "that morning"; when it opens with a
 * name the previous sentence gave after a date, that date ("…since 2014, when Typhoon Rammasun struck.
 * Rammasun killed 88 people").
 */
function continued(text: string, previous: { anchors: Anchor[]; text: string }): Anchor[] {
  if (!previous.anchors.length) return [];
  // "Thursday brought back the morning of April 3, 2024. That quake…": the pointer takes the last day named.
  if (BACK_REFERENCE.test(text) || THAT_DAY.test(text)) return previous.anchors.slice(-1).map((a) => ({ ...a, from: 0, start: 0 }));
  const name = OPENING_NAME.exec(text)?.[1];
  if (!name) return [];
  // The date nearest before the name's first place in the previous sentence governs it there.
  const at = previous.text.indexOf(name);
  const before = previous.anchors.filter((a) => at >= 0 && a.start < at && a.from <= at);
  return before.slice(-1).map((a) => ({ ...a, from: 0, start: 0 }));
}

/** A heading's month ("The January quake"), as the date of the section it heads. */
function headingMonth(text: string): Anchor[] {
  const m = HEADING_MONTH.exec(text);
  return m ? [{ from: 0, start: 0, raw: { type: 'date', month: monthNumber(m[1]) }, reference: false }] : [];
}

/** The date governing a value: its own, else the one whose region holds it (a reference clause wins). */
function anchorOf(f: Found, all: Anchor[], text: string): Candidate['anchor'] {
  if (f.raw.type === 'date') {
    const own = all.find((a) => a.start === f.start);
    return own && { raw: own.raw, reference: own.reference, ...(own.names ? { names: true } : {}) };
  }
  // A quotation is its speaker's own sentence: a date outside it does not date what it says.
  const anchors = all.filter((a) => !QUOTE_MARK.test(text.slice(Math.min(a.start, f.start), Math.max(a.start, f.start))));
  const regions = anchors.filter((a) => a.reference && a.from <= f.start && (a.to === undefined || f.start < a.to));
  const governing = regions.length ? regions[regions.length - 1] : anchors.filter((a) => !a.reference).sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
  return governing && { raw: governing.raw, reference: governing.reference, ...(governing.names ? { names: true } : {}) };
}

/** A day (not a bare year or month) in a sentence that says more than the date: what dates a piece's news. */
function datesNews(f: Found, text: string): boolean {
  if (f.raw.type !== 'date' || (f.raw.day === undefined && f.raw.relative === undefined)) return false;
  const rest = text.slice(0, f.start) + text.slice(f.end);
  // A line that only stamps the page ("October 3, 2026", "Published 3 October 2026") dates no news.
  return matchStamp(text) === undefined && ((rest.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3 || FACT_LINE.test(text));
}
// A fact box's line naming what happened: "Eruption: 22:50 WIB, 13 February".
const FACT_LINE = /^\s*(?:[-*•]\s*)?\p{Lu}\p{Ll}{2,20}(?:\s\p{Ll}{2,20})?:\s/u;

/** A day's anchor, not a year's: "burst on Thursday" dates a thing's size with the news, "built in 1962" does not. */
function dayAnchor(anchor: Candidate['anchor']): Candidate['anchor'] {
  return anchor && (anchor.raw.month !== undefined || anchor.raw.relative !== undefined) ? anchor : undefined;
}

