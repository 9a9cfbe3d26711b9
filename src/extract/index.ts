import type { Article, Candidate, ClaimKind, Knowledge, RawValue, Recognizer, Span } from '../model/types.js';
import { LineIndex } from '../util/lines.js';
import { toOriginal } from '../util/offsets.js';
import { attributionOf } from './attribution.js';
import { literal } from './caseless.js';
import { SentenceCues, assignKind, compileKinds, inContext, isExcluded, isNegated, type CompiledKind } from './cues.js';
import { CountScanner, findCounts } from './counts.js';
import { findDates, MONTH_NAME, monthNumber } from './dates.js';
import { findDesignations } from './designations.js';
import { addFigures } from './addFigures.js';
import { buildFigureScanner, type FigureScanner } from './figures.js';
import { PhraseIndex, phraseWords } from './phrases.js';
import { buildQuantityScanner, findQuantities, type QuantityScanner } from './quantities.js';
import { buildBareScanner, findBare, type BareScanner } from './bare.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findTimes } from './times.js';
import { findUnlistedPlaces, nameGoesOnAt, type UnlistedPlace } from './unlisted.js';
import { referenceAfter, relationBefore } from './relative.js';
import { contextWords, findOpenCounts } from './open.js';
import { attributeOf, subjectOf, type Attribute } from './attributes.js';
import { attributeKind, isAttributeKind, openKind } from '../util/unlistedKinds.js';
import { StatementScanner } from './statements.js';

export { splitSentences } from './sentences.js';
export { normalizePhrase } from './phrases.js';

/** Everything extraction needs from the claim definitions, compiled once per run. */
export interface Extractor {
  kinds: CompiledKind[];
  counts: CountScanner;
  statements: StatementScanner;
  /** Kinds, count patterns and statement phrases per set of active packs, compiled once each. */
  byTopic: Map<string, { kinds: CompiledKind[]; counts: CountScanner; statements: StatementScanner }>;
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

interface Found {
  start: number;
  end: number;
  raw: RawValue;
  tag: Recognizer;
  accepts: (k: ClaimKind) => boolean;
  /** What `accepts` takes, as a key: values with one key are taken by the same kinds. */
  wants: string;
  /** The open-claim kind to fall back on when no pack's kind takes the value. */
  open?: string;
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
// A day said to be where the happening was: "Wednesday in Seoul", "Sunday local time".
const LOCAL_DAY_AFTER = /^,?\s+(?:local\s+time|\(local\s+time\)|in\s+\p{Lu})/u;
// "On Monday evening Eastern time": a day told in an American zone, which east of it may already be the next day.
const WESTERN_ZONE_DAY = /^,?\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:Eastern|Central|Mountain|Pacific)\s+time|\(?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\)?(?![\p{L}]))/u;
const LOCALITY = /^In\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}),/u;
const SAID_BEFORE = /\b(?:said|says|told\s+\w+|announced|reported|confirmed|stated)\s+(?:on\s+|late\s+|early\s+)?$/;
// "PADANG, Indonesia, March 4 (NNW) —": a dateline's date is the day of writing, publication metadata
// (ingest reads it as such): never a claim about the happening and never its date.
const DATELINE_BEFORE = /^\p{Lu}[\p{L} .,'’-]{0,60},\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([^()]{1,40}\))?\s*[—–-]/;

// A sentence about an earlier, undated happening ("the previous test flew for 70 minutes") is history.
const earlierHappening = (nouns: Set<string>) =>
  new RegExp(String.raw`\b(?:previous|prior|earlier|last)\s+(?:${[...nouns].sort().map((w) => literal(w, true)).join('|') || '(?!)'})\b(?!\s+(?:on|in)\b)`, 'i');


// A pack counts as the article's subject when its topic words occur at least this often (or as often as the best
// pack's, in a piece that names its subject once), and at least this share as often as the best pack's: a quake
// story that mentions a missile test stays a quake story.
const TOPIC_MIN_HITS = 2;
const TOPIC_MIN_SHARE = 0.25;

/** The kinds worth looking for in an article: those of packs about its subject, and those of no pack. */
function forTopic(article: Article, ex: Extractor): Extractor {
  if (!ex.topics.length) return ex;
  const hits = ex.topics.map((t) => ({ pack: t.pack, n: article.text.match(t.words)?.length ?? 0 }));
  const best = Math.max(...hits.map((h) => h.n));
  // A short piece that names its subject once still has one; a piece that never names a pack's subject (a dam
  // failure) takes none of the topical packs' kinds: their cues ("landed", "flew") mean other things there.
  const least = Math.min(TOPIC_MIN_HITS, best);
  const active = best === 0 ? packsNamedByCategory(article, ex) : hits.filter((h) => h.n >= least && h.n >= TOPIC_MIN_SHARE * best).map((h) => h.pack);
  const key = active.join(' ');
  let entry = ex.byTopic.get(key);
  if (!entry) {
    const topical = new Set(ex.topics.map((t) => t.pack));
    const kinds = ex.kinds.filter((c) => !c.kind.pack || !topical.has(c.kind.pack) || active.includes(c.kind.pack));
    entry = { kinds, counts: new CountScanner(kinds), statements: new StatementScanner(kinds.map((c) => c.kind)) };
    ex.byTopic.set(key, entry);
  }
  return { ...ex, ...entry };
}

/** The packs whose kinds take a category the piece names ("fired a Hwasong-18"): its subject, though no topic word says so. */
function packsNamedByCategory(article: Article, ex: Extractor): string[] {
  const sets = new Set(ex.categories.find(article.text).map((hit) => hit.value.set));
  return [...new Set(ex.kinds.filter((c) => c.kind.pack && c.kind.categories && sets.has(c.kind.categories)).map((c) => c.kind.pack!))];
}

const OPEN_DATE = openKind('date');

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
    const cues = new SentenceCues(sentence.text);
    // A statement's phrases say themselves whether it is negated ("failed to deploy"); the scanner has weighed the rest.
    const found = findInSentence(sentence, ex, cues, subject).filter((f) => f.tag === 'statement' || !isNegated(sentence.text, f.start));
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
      out.push({
        kind: key,
        ...(kind || timeless ? {} : { context: contextWords(sentence.text, f.start, f.end) }),
        source: article.id,
        span: spanOf(sentence.start + f.start, sentence.start + f.end),
        raw: f.raw,
        tag: f.tag,
        sentence: sentence.index,
        role,
        anchor: timeless ? dayAnchor(anchorOf(f, anchors, sentence.text)) : anchorOf(f, anchors, sentence.text),
        ...(attribution ? { attribution } : {}),
      });
    }
  }
  return out;
}

const TAKES_PLACE = { wants: 'place', accepts: (k: ClaimKind) => k.type === 'place' };

// The kinds that take each key of value, per list of kinds (all kinds, or those of an article's subject).
const takingByKinds = new WeakMap<CompiledKind[], Map<string, CompiledKind[]>>();

/** The kinds of `kinds` that take a value: worked out once per key, not once per value. */
function kindsTaking(kinds: CompiledKind[], f: Pick<Found, 'wants' | 'accepts'>): CompiledKind[] {
  let byKey = takingByKinds.get(kinds);
  if (!byKey) takingByKinds.set(kinds, (byKey = new Map()));
  let taking = byKey.get(f.wants);
  if (!taking) byKey.set(f.wants, (taking = kinds.filter((c) => f.accepts(c.kind))));
  return taking;
}

function findInSentence(sentence: Sentence, ex: Extractor, cues: SentenceCues, previousSubject: string | undefined): Found[] {
  const text = sentence.text;
  const found: Found[] = [];
  const words = phraseWords(text);
  // "Mexico" of "Mexico Beach" is not Mexico: a listed name that a capitalised word goes on is part of a name the
  // list does not know, read as such (an unlisted place) where a place cue stands before it. Unless that word
  // starts another listed place: "Orlando Florida" is a city and its state.
  const places = mergeAdjacent(ex.places.find(text, words), text);
  const starts = new Set(places.map((p) => p.start));
  const listed = places.filter((p) => {
    const next = nameGoesOnAt(text, p.end);
    return next === undefined || starts.has(next);
  });
  // Capitalised runs no listed place covers, read once and only when a reference or a place cue needs them.
  let unlistedRuns: UnlistedPlace[] | undefined;
  const unlisted = () => (unlistedRuns ??= findUnlistedPlaces(text, listed));
  let attribute: Attribute | undefined;
  for (const q of findQuantities(text, ex.quantities)) {
    // A distance from a place ("40 km north-west of Ridgeview") says where something is: only a relative kind takes it.
    const reference = q.dimension === 'length' ? referenceAfter(text, q.start, q.end, q.raw.number.value * q.factor, listed, unlisted) : undefined;
    if (reference) q.raw.reference = reference;
    const relative = reference !== undefined;
    const unit = q.raw.unit;
    const wants = `quantity ${q.dimension} ${unit}${relative ? ' from a place' : ''}`;
    const accepts = (k: ClaimKind) => k.type === 'quantity' && k.dimension === q.dimension && !k.relative === !relative && (!k.units || k.units.includes(unit));
    // A length said of a thing ("the 0.56-mile Ashgrove Dam") is keyed by the thing when no pack's kind takes it.
    const of = q.dimension === 'length' && !relative ? attributeOf(text, q.start, q.end, previousSubject, attribute) : undefined;
    if (of) attribute = of;
    found.push({ ...q, tag: 'quantity', wants, accepts, open: of ? attributeKind(of.thing, of.measure) : openKind(q.dimension) });
  }
  // A figure without its unit is kept only when a kind takes it: no open claim.
  for (const q of findBare(text, ex.bare)) {
    const accepts = (k: ClaimKind) => k.type === 'quantity' && k.dimension === q.dimension && !k.relative && (!k.units || k.units.includes(q.raw.unit));
    found.push({ ...q, tag: 'quantity', wants: `quantity ${q.dimension} ${q.raw.unit}`, accepts });
  }
  for (const c of findCounts(text, ex.counts)) {
    found.push({ ...c, tag: 'count', wants: `count ${c.kind}`, accepts: (k) => k.key === c.kind });
  }
  for (const s of ex.statements.find(text)) {
    found.push({ ...s, tag: 'statement', wants: `statement ${s.kind}`, accepts: (k) => k.key === s.kind });
  }
  for (const c of findOpenCounts(text)) {
    found.push({ ...c, tag: 'open-count', wants: 'none', accepts: () => false, open: openKind('count', c.noun) });
  }
  for (const d of findDates(text)) {
    // "officials said on Monday" dates the statement, not the happening.
    if (SAID_BEFORE.test(text.slice(Math.max(0, d.start - 25), d.start))) continue;
    const dateline = sentence.blockStart && DATELINE_BEFORE.test(text.slice(0, d.start)) && DATELINE_AFTER.test(text.slice(d.end));
    if (dateline) continue;
    // "at 06:48 KST (21:48 UTC on 9 March)": the day of a time restated in another zone is that instant's day
    // there, a conversion like the time's own, not the day the happening is told under: no claim, and it dates nothing.
    if (RESTATED_DAY.test(text.slice(Math.max(0, d.start - 30), d.start))) continue;
    const after = text.slice(d.end, d.end + 40);
    const raw = LOCAL_DAY_AFTER.test(after) ? { ...d.raw, local: true } : WESTERN_ZONE_DAY.test(after) ? { ...d.raw, westernZone: true } : d.raw;
    found.push({ ...d, raw, tag: 'date', wants: 'date', accepts: (k) => k.type === 'date' });
  }
  for (const t of findTimes(text)) found.push({ ...t, tag: 'time', wants: 'time', accepts: (k) => k.type === 'time' });
  for (const p of listed) {
    found.push({ start: p.start, end: p.end, raw: placeRaw(text, p.start, p.value), tag: p.fuzzy ? 'place-near-spelling' : 'place', ...TAKES_PLACE });
  }
  // A place the list does not know is kept only right after a place cue (assignKind): with no place cue in the
  // sentence, none would be, and the sentence's capitalised words need no reading.
  const placeCue = kindsTaking(ex.kinds, TAKES_PLACE).some((c) => cues.hits(c.cue).length > 0);
  for (const p of placeCue ? unlisted() : []) {
    found.push({ start: p.start, end: p.end, raw: placeRaw(text, p.start, p.name, true), tag: 'place-unlisted', ...TAKES_PLACE });
  }
  const categories = mergeAdjacent(ex.categories.find(text, words), text);
  for (const c of categories) {
    const raw: RawValue = { type: 'category', set: c.value.set, id: c.value.id };
    found.push({ start: c.start, end: c.end, raw, tag: 'category', wants: `category ${c.value.set}`, accepts: (k) => k.type === 'category' && k.categories === c.value.set });
  }
  for (const set of ex.designationSets) {
    const accepts = (k: ClaimKind) => k.type === 'category' && k.categories === set;
    // Like an unlisted place, an unlisted designation is read only where a kind taking it is cued.
    if (!kindsTaking(ex.kinds, { wants: `category ${set}`, accepts }).some((c) => cues.hits(c.cue).length > 0)) continue;
    for (const d of findDesignations(text, categories)) {
      found.push({ start: d.start, end: d.end, raw: { type: 'category', set, id: d.id, designation: true }, tag: 'designation', wants: `category ${set}`, accepts });
    }
  }
  return dropOverlaps(addFigures(text, found, ex.figures));
}

/** A place as found; after "west of" or "off the coast of" it is the reference of where something lies. */
function placeRaw(text: string, start: number, name: string, unlisted = false): RawValue {
  const relative = relationBefore(text, start);
  return { type: 'place', name, ...(unlisted ? { unlisted } : {}), ...(relative ? { relative } : {}) };
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
const RESTATED_DAY = /\([^()]*\b(?:UTC|GMT)\s+(?:on\s+)?$/;
// A sentence that opens with a subordinate clause ("After …, Yagi slammed into"): the clause ends at its comma.
const FRONTED = /^\s*(?:After|Since|Following|Before|Having|Despite|Days after|A day after|Hours after)\b[^,;:—–]*$/;
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
    anchors.push({ from: marker ?? 0, ...(to !== undefined ? { to } : {}), start: f.start, raw: f.raw, reference: marker !== undefined, ...(names ? { names } : {}) });
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

// A line that only stamps the page: "October 3, 2026", "Published 3 October 2026 at 09:10".
const STAMP_LINE = /^\s*(?:(?:published|updated|posted|last updated|date)\b[:\s]*)?$/i;

/** A day (not a bare year or month) in a sentence that says more than the date: what dates a piece's news. */
function datesNews(f: Found, text: string): boolean {
  if (f.raw.type !== 'date' || (f.raw.day === undefined && f.raw.relative === undefined)) return false;
  const rest = text.slice(0, f.start) + text.slice(f.end);
  return !STAMP_LINE.test(text.slice(0, f.start)) && (rest.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3;
}

/** A day's anchor, not a year's: "burst on Thursday" dates a thing's size with the news, "built in 1962" does not. */
function dayAnchor(anchor: Candidate['anchor']): Candidate['anchor'] {
  return anchor && (anchor.raw.month !== undefined || anchor.raw.relative !== undefined) ? anchor : undefined;
}

// "Sea of Japan (East Sea)", "intermediate-range ballistic missile (IRBM)": one mention, not two.
const RESTATEMENT_GAP = /^\s*\(\s*$/;

function mergeAdjacent<T extends { start: number; end: number; value: unknown }>(hits: T[], text: string): T[] {
  const out: T[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    // The gap first: it rarely holds, and comparing values means writing both out.
    if (prev && RESTATEMENT_GAP.test(text.slice(prev.end, h.start)) && JSON.stringify(prev.value) === JSON.stringify(h.value)) {
      const close = text.indexOf(')', h.end);
      prev.end = close >= 0 && close - h.end < 3 ? close + 1 : h.end;
    } else out.push({ ...h });
  }
  return out;
}

/**
 * Where two finds of one type overlap, or a date or time overlaps anything (a year inside a figure),
 * keep the longer. A count may overlap a category: "two short-range ballistic missiles" says both.
 */
function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  // A statement spans a clause ("the landing gear on Sunday failed to deploy"): it holds other values and clashes
  // with none (the scanner kept one of a kind where its phrases overlap).
  const clash = (a: Found, b: Found) =>
    a.raw.type !== 'statement' && b.raw.type !== 'statement' && (a.raw.type === b.raw.type || [a.raw.type, b.raw.type].some((t) => t === 'date' || t === 'time'));
  // A date or a time beats a guessed place name ("GMT on Sunday" is no place).
  const weight = (f: Found) => f.end - f.start + (f.tag === 'place-unlisted' ? 0 : f.raw.type === 'date' || f.raw.type === 'time' ? 1000 : 0);
  for (const f of sorted) {
    const rival = out.findIndex((o) => f.start < o.end && o.start < f.end && clash(o, f));
    if (rival < 0) out.push(f);
    else if (weight(f) > weight(out[rival])) out[rival] = f;
  }
  return out.sort((a, b) => a.start - b.start);
}
