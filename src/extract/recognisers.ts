// The recognisers, in the order they read a sentence: each finds values of one shape and says which kinds may take
// them. What they find is then merged, filtered and resolved by the refiners (refiners.ts); extractCandidates
// (index.ts) gives each value its kind and its date. A new recogniser is one entry here.
import type { ClaimKind, RawValue } from '../model/types.js';
import { attributeKind, openKind } from '../util/unlistedKinds.js';
import { attributeOf, type Attribute } from './attributes.js';
import { findBare } from './bare.js';
import { findCounts } from './counts.js';
import type { SentenceCues } from './cues.js';
import { findDates } from '../util/dates/inText.js';
import { findDesignations } from './designations.js';
import { kindsTaking, TAKES_PLACE, type Found } from './found.js';
import type { Extractor } from './index.js';
import { findOpenCounts } from './open.js';
import type { PhraseHit, PhraseWord } from './phrases.js';
import { phraseWords } from './phrases.js';
import { findQuantities } from './quantities.js';
import { referenceAfter, relationBefore } from './relative.js';
import type { Sentence } from './sentences.js';
import { findTimes } from './times.js';
import { findUnlistedPlaces, nameGoesOnAt, type UnlistedPlace } from './unlisted.js';

/** What every recogniser may read of the sentence; the word split and the place names are worked out once, on first use. */
export class SentenceReading {
  readonly text: string;
  private wordList?: PhraseWord[];
  private listedPlaces?: PhraseHit<string>[];
  private unlistedRuns?: UnlistedPlace[];
  private categoryHits?: PhraseHit<{ set: string; id: string }>[];

  constructor(
    readonly sentence: Sentence,
    readonly ex: Extractor,
    readonly cues: SentenceCues,
    /** The thing the previous sentence opened with: "The dam was finished in 1962. It is 220 m high." */
    readonly previousSubject: string | undefined,
  ) {
    this.text = sentence.text;
  }

  get words(): PhraseWord[] {
    return (this.wordList ??= phraseWords(this.text, this.cues.tokens));
  }

  /**
   * Listed places. "Mexico" of "Mexico Beach" is not Mexico: a listed name that a capitalised word goes on is part of
   * a name the list does not know, read as such (an unlisted place) where a place cue stands before it. Unless that
   * word starts another listed place: "Orlando Florida" is a city and its state.
   */
  get listed(): PhraseHit<string>[] {
    if (!this.listedPlaces) {
      const places = mergeAdjacent(this.ex.places.find(this.text, this.words), this.text);
      const starts = new Set(places.map((p) => p.start));
      this.listedPlaces = places.filter((p) => {
        const next = nameGoesOnAt(this.text, p.end);
        return next === undefined || starts.has(next);
      });
    }
    return this.listedPlaces;
  }

  /** Capitalised runs no listed place covers, read once and only when a reference or a place cue needs them. */
  unlisted = (): UnlistedPlace[] => (this.unlistedRuns ??= findUnlistedPlaces(this.text, this.listed));

  get categories(): PhraseHit<{ set: string; id: string }>[] {
    return (this.categoryHits ??= mergeAdjacent(this.ex.categories.find(this.text, this.words), this.text));
  }
}

export interface Recogniser {
  name: string;
  read(s: SentenceReading): Found[];
}

// "officials said on Monday" dates the statement, not the happening; "(updated Thursday)" dates the page.
const SAID_BEFORE = /\b(?:said|says|told\s+\w+|announced|reported|confirmed|stated|updated)\s+(?:on\s+|late\s+|early\s+)?$/;
// "PADANG, Indonesia, March 4 (NNW) —": a dateline's date is the day of writing, publication metadata
// (ingest reads it as such): never a claim about the happening and never its date.
const DATELINE_BEFORE = /^\p{Lu}[\p{L} .,'’-]{0,60},\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([^()]{1,40}\))?\s*[—–-]/;
// "at 06:48 KST (21:48 UTC on 9 March)": the day of a time restated in another zone is that instant's day there, a
// conversion like the time's own, not the day the happening is told under: no claim, and it dates nothing.
const RESTATED_DAY = /\([^()]*\b(?:UTC|GMT)\s+(?:on\s+)?$/;
// A day said to be where the happening was: "Wednesday in Seoul", "Sunday local time".
const LOCAL_DAY_AFTER = /^,?\s+(?:local\s+time|\(local\s+time\)|in\s+\p{Lu})/u;
// "On Monday evening Eastern time": a day told in an American zone, which east of it may already be the next day.
const WESTERN_ZONE_DAY = /^,?\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:Eastern|Central|Mountain|Pacific)\s+time|\(?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\)?(?![\p{L}]))/u;

const takesQuantity = (dimension: string, unit: string, relative: boolean) => (k: ClaimKind) =>
  k.type === 'quantity' && k.dimension === dimension && !k.relative === !relative && (!k.units || k.units.includes(unit));

/** Figures with their unit; a distance from a place is a relative one, and a length said of a thing is keyed by it. */
const quantities: Recogniser = {
  name: 'quantity',
  read(s) {
    const out: Found[] = [];
    let attribute: Attribute | undefined;
    for (const q of findQuantities(s.text, s.ex.quantities)) {
      // A distance from a place ("40 km north-west of Ridgeview") says where something is: only a relative kind takes it.
      const reference = q.dimension === 'length' ? referenceAfter(s.text, q.start, q.end, q.raw.number.value * q.factor, s.listed, s.unlisted) : undefined;
      if (reference) q.raw.reference = reference;
      const relative = reference !== undefined;
      const unit = q.raw.unit;
      // A length said of a thing ("the 0.56-mile Ashgrove Dam") is keyed by the thing when no pack's kind takes it.
      const of = q.dimension === 'length' && !relative ? attributeOf(s.text, q.start, q.end, s.previousSubject, attribute) : undefined;
      if (of) attribute = of;
      const wants = `quantity ${q.dimension} ${unit}${relative ? ' from a place' : ''}`;
      out.push({ ...q, tag: 'quantity', wants, accepts: takesQuantity(q.dimension, unit, relative), open: of ? attributeKind(of.thing, of.measure) : openKind(q.dimension) });
    }
    return out;
  },
};

/** A figure whose unit the words around it give ("put it at 6.4"): kept only when a kind takes it, no open claim. */
const bare: Recogniser = {
  name: 'bare figure',
  read: (s) => findBare(s.text, s.ex.bare).map((q) => ({ ...q, tag: 'quantity', wants: `quantity ${q.dimension} ${q.raw.unit}`, accepts: takesQuantity(q.dimension, q.raw.unit, false) })),
};

const counts: Recogniser = {
  name: 'count',
  read: (s) => findCounts(s.text, s.ex.counts).map((c) => ({ ...c, tag: 'count', wants: `count ${c.kind}`, accepts: (k: ClaimKind) => k.key === c.kind })),
};

const statements: Recogniser = {
  name: 'statement',
  read: (s) => s.ex.statements.find(s.cues.tokens).map((st) => ({ ...st, tag: 'statement', wants: `statement ${st.kind}`, accepts: (k: ClaimKind) => k.key === st.kind })),
};

const openCounts: Recogniser = {
  name: 'open count',
  read: (s) => findOpenCounts(s.text).map((c) => ({ ...c, tag: 'open-count', wants: 'none', accepts: () => false, open: openKind('count', c.noun) })),
};

const dates: Recogniser = {
  name: 'date',
  read(s) {
    const { text } = s;
    const out: Found[] = [];
    for (const d of findDates(text)) {
      if (SAID_BEFORE.test(text.slice(Math.max(0, d.start - 25), d.start))) continue;
      if (s.sentence.blockStart && DATELINE_BEFORE.test(text.slice(0, d.start)) && DATELINE_AFTER.test(text.slice(d.end))) continue;
      if (RESTATED_DAY.test(text.slice(Math.max(0, d.start - 30), d.start))) continue;
      const after = text.slice(d.end, d.end + 40);
      const raw = LOCAL_DAY_AFTER.test(after) ? { ...d.raw, local: true } : WESTERN_ZONE_DAY.test(after) ? { ...d.raw, westernZone: true } : d.raw;
      out.push({ ...d, raw, tag: 'date', wants: 'date', accepts: (k: ClaimKind) => k.type === 'date' });
    }
    return out;
  },
};

const times: Recogniser = {
  name: 'time',
  read: (s) => findTimes(s.text).map((t) => ({ ...t, tag: 'time', wants: 'time', accepts: (k: ClaimKind) => k.type === 'time' })),
};

const listedPlaces: Recogniser = {
  name: 'listed place',
  read: (s) => s.listed.map((p) => ({ start: p.start, end: p.end, raw: placeRaw(s.text, p.start, p.value), tag: p.fuzzy ? 'place-near-spelling' : 'place', ...TAKES_PLACE })),
};

/**
 * A place the list does not know is kept only right after a place cue (assignKind): with no place cue in the
 * sentence, none would be, and the sentence's capitalised words need no reading.
 */
const unlistedPlaces: Recogniser = {
  name: 'unlisted place',
  read(s) {
    if (!kindsTaking(s.ex.kinds, TAKES_PLACE).some((c) => s.cues.hits(c.cue).length > 0)) return [];
    return s.unlisted().map((p) => ({ start: p.start, end: p.end, raw: placeRaw(s.text, p.start, p.name, true), tag: 'place-unlisted', ...TAKES_PLACE }));
  },
};

const categories: Recogniser = {
  name: 'category',
  read: (s) =>
    s.categories.map((c) => ({
      start: c.start,
      end: c.end,
      raw: { type: 'category', set: c.value.set, id: c.value.id } as RawValue,
      tag: 'category',
      wants: `category ${c.value.set}`,
      accepts: (k: ClaimKind) => k.type === 'category' && k.categories === c.value.set,
    })),
};

/** Like an unlisted place, an unlisted designation ("Comet-7") is read only where a kind taking it is cued. */
const designations: Recogniser = {
  name: 'designation',
  read(s) {
    const out: Found[] = [];
    for (const set of s.ex.designationSets) {
      const accepts = (k: ClaimKind) => k.type === 'category' && k.categories === set;
      if (!kindsTaking(s.ex.kinds, { wants: `category ${set}`, accepts }).some((c) => s.cues.hits(c.cue).length > 0)) continue;
      for (const d of findDesignations(s.text, s.categories)) {
        out.push({ start: d.start, end: d.end, raw: { type: 'category', set, id: d.id, designation: true }, tag: 'designation', wants: `category ${set}`, accepts });
      }
    }
    return out;
  },
};

/** The recognisers, in the order they read; where two find overlapping values the refiners decide. */
export const RECOGNISERS: readonly Recogniser[] = [quantities, bare, counts, statements, openCounts, dates, times, listedPlaces, unlistedPlaces, categories, designations];

/** A place as found; after "west of" or "off the coast of" it is the reference of where something lies. */
function placeRaw(text: string, start: number, name: string, unlisted = false): RawValue {
  const relative = relationBefore(text, start);
  return { type: 'place', name, ...(unlisted ? { unlisted } : {}), ...(relative ? { relative } : {}) };
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
