import type { ClaimKind, ValueType } from '../model/types.js';
import { CueIndex, type CueList } from './cueIndex.js';
import type { SentenceTokens } from './tokens.js';
import { weekdayNumber } from '../util/dates/inText.js';


/** How far (in characters) a cue may stand from a value of each type, before and after it. */
const WINDOWS: Record<ValueType, { before: number; after: number }> = {
  quantity: { before: 90, after: 45 },
  date: { before: 100, after: 100 },
  time: { before: 160, after: 100 },
  // Places take their role from the preposition or verb right before them ("from", "into").
  place: { before: 100, after: 0 },
  category: { before: 120, after: 120 },
  // A statement's phrases are its cues (extract/statements.ts): no window applies.
  statement: { before: 0, after: 0 },
};
// How far an exclude phrase may stand before a value and after it ("a range of 3,000 km"; "1,000 km, the
// forecast said").
const EXCLUDE_BEFORE = 45;
const EXCLUDE_AFTER = 20;

// Between a place's cue and the place only words like these may stand: "into the waters off the east
// coast of", "from the area near". Anything else means the preposition governs something else.
const PLACE_FILLER = new Set([
  'the', 'a', 'an', 'its', 'their', 'waters', 'water', 'sea', 'area', 'areas', 'region', 'vicinity', 'off', 'of', 'near',
  'in', 'at', 'over', 'around', 'coast', 'port', 'city', 'province', 'county', 'town', 'eastern', 'western', 'northern',
  'southern', 'central', 'east', 'west', 'north', 'south', 'that', 'lie', 'lies', 'between', 'what', 'is', 'called',
  'just',
]);
// When it happened may stand there too: "came ashore at 5:10 a.m. EDT Thursday near Mexico Beach", "on the 29th at",
// "derailed at 0438 GMT at Riva Trigoso".
const WHEN_WORD = /^(?:\d{1,2}(?::\d{2})?|\d{4}|\d{1,2}(?:st|nd|rd|th)|[ap]\.?m\.?|early|late|on|before|after|dawn|noon|midnight)$/i;
// A time zone's abbreviation, in capitals: EDT, KST, UTC.
const ZONE_WORD = /^[A-Z]{2,4}$/;
// A weekday spelled out ("sat" and "sun" are other words too).
const isWhen = (w: string) => WHEN_WORD.test(w) || ZONE_WORD.test(w) || (w.length > 3 && weekdayNumber(w) !== undefined);
// Words that start another part of the clause: a place after them is not the cue's ("landfall as a storm
// with winds felt in Manila").
const GAP_BREAK = new Set([
  'from', 'to', 'toward', 'towards', 'with', 'by', 'as', 'after', 'before', 'for', 'and', 'or', 'but', 'while', 'which',
  'who', 'where', 'when', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'said', 'says', 'than', 'into',
  // a preposition of another relation: "fell outside Japan's economic zone" is not "fell in Japan"
  'outside', 'inside', 'within', 'beyond', 'across', 'through', 'throughout', 'under', 'above', 'below', 'beneath', 'behind',
  'beside', 'past', 'via', 'during', 'since', 'until', 'without', 'against', 'among', 'amid', 'upon', 'about', 'not', 'no',
]);
// A few describing words may stand between a cue and its place too, within one comma-free stretch: "landfall in
// the tropical vacation island's Wenchang city".
const MAX_DESCRIBING = 3;
const DESCRIBING = /^\p{Ll}[\p{Ll}-]*$/u;
// How far a place's cue may start before it; a when ("at 5:10 a.m. EDT Thursday") or a describing word lengthens
// the reach by its own length.
const PLACE_REACH = 40;
const APPOSITION = /,\s*(?:the|a|an)\s*$/i;

/** How much longer than PLACE_REACH the gap between a place cue and a place may be, or undefined when it may not stand there. */
function placeGap(gap: string): number | undefined {
  // "…before splashing down, the JCS said": after a comma, "the" starts the next clause's subject.
  if (APPOSITION.test(gap)) return undefined;
  let describing = 0;
  let extra = 0;
  for (const w of gap.split(/[\s,]+/)) {
    const word = w.replace(/['’]s$/, '');
    // A fact box's label: "Origin: Bangkok, Thailand".
    if (w === '' || w === ':' || PLACE_FILLER.has(word.toLowerCase())) continue;
    if (isWhen(w)) extra += w.length + 1;
    else if (DESCRIBING.test(word) && !GAP_BREAK.has(word) && !gap.includes(',') && ++describing <= MAX_DESCRIBING) extra += w.length + 1;
    else return undefined;
  }
  return extra;
}

// A value in a negated clause is not a claim ("did not fly 1,000 km", "was not an ICBM").
const NEGATION = /\b(?:not|never|no longer|rather than|instead of|neither|nor|denied)\b|n['’]t\b/i;
const NEGATION_REACH = 45;
// A cue across a quotation mark belongs to another speaker's sentence.
const QUOTE_MARK = /["“”]/;

/**
 * A claim kind with its cue lists. A sentence's cues of every kind an article may hold are found by one walk of a
 * CueIndex of their lists (cuesOf).
 */
export class CompiledKind {
  readonly cue: CueList;
  readonly exclude?: CueList;
  readonly context?: CueList;

  constructor(
    readonly kind: ClaimKind,
    /** No other kind of all the packs measures this dimension (magnitude) or names from this list (aircraft types): its values need no cue. */
    readonly soleMeasure: boolean,
  ) {
    this.cue = { phrases: kind.cues };
    if (kind.excludeCues.length) this.exclude = { phrases: kind.excludeCues };
    if (kind.context?.length) this.context = { phrases: kind.context };
  }
}

/** One index of the cue lists of `kinds`. */
export function cuesOf(kinds: readonly CompiledKind[]): CueIndex {
  return new CueIndex(kinds.flatMap((c) => [c.cue, c.exclude ?? [], c.context ?? []].flat()));
}

export function compileKinds(kinds: ClaimKind[]): CompiledKind[] {
  // A measure or a category list that only one kind of all uses: its values need no cue.
  const uses = new Map<string, number>();
  const measureOf = (k: ClaimKind) => (k.type === 'quantity' && k.dimension !== 'count' ? `q:${k.dimension}` : k.type === 'category' ? `c:${k.categories}` : undefined);
  for (const k of kinds) {
    const m = measureOf(k);
    if (m) uses.set(m, (uses.get(m) ?? 0) + 1);
  }
  return kinds.map((kind) => new CompiledKind(kind, uses.get(measureOf(kind) ?? '') === 1));
}

/** Whether the sentence holds one of the kind's context words, when it names any ("police towed four cars" is no derailment). */
export function inContext(sentence: SentenceCues, c: CompiledKind): boolean {
  return c.context === undefined || sentence.hits(c.context).length > 0;
}

/**
 * The claim kind a value at [start, end) of a sentence belongs to: among the kinds that accept the
 * value, the one with a cue nearest to it, in the same quotation, and not ruled out by an exclude cue.
 */
export function assignKind(sentence: SentenceCues, start: number, end: number, candidates: CompiledKind[]): ClaimKind | undefined {
  let best: { kind: ClaimKind; distance: number; length: number } | undefined;
  for (const c of candidates) {
    const window = WINDOWS[c.kind.type];
    if (!inContext(sentence, c)) continue;
    if (isExcluded(sentence, start, end, c)) continue;
    for (const [cs, ce] of within(sentence.hits(c.cue), start - window.before, end + window.after)) {
      if (cs < end && ce > start) continue; // the cue is inside the value itself
      const distance = ce <= start ? start - ce : cs - end;
      const between = ce <= start ? sentence.text.slice(ce, start) : sentence.text.slice(end, cs);
      if (QUOTE_MARK.test(between)) continue;
      if (c.kind.type === 'place') {
        const extra = ce > start ? undefined : placeGap(between);
        if (extra === undefined || start - cs > PLACE_REACH + extra) continue;
      }
      // Nearest cue wins; on a tie the longer, more specific cue does.
      if (!best || distance < best.distance || (distance === best.distance && ce - cs > best.length)) best = { kind: c.kind, distance, length: ce - cs };
    }
  }
  if (best) return best.kind;
  // A figure in a unit that only one kind of all measures (a magnitude) is that kind's even without a cue.
  const [only] = candidates;
  if (candidates.length !== 1 || !only.soleMeasure) return undefined;
  if (!inContext(sentence, only)) return undefined;
  return isExcluded(sentence, start, end, only) ? undefined : only.kind;
}

/** True when an exclude phrase of the kind stands around the value. */
export function isExcluded(sentence: SentenceCues, start: number, end: number, c: CompiledKind): boolean {
  return c.exclude !== undefined && within(sentence.hits(c.exclude), start - EXCLUDE_BEFORE, end + EXCLUDE_AFTER).length > 0;
}

/** True when the clause leading up to a value negates it. */
export function isNegated(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - NEGATION_REACH), start);
  const clause = before.split(/[,;:.]/).pop() ?? '';
  return NEGATION.test(clause);
}

/** A sentence with its cue matches, every list's found by one walk of the index on first use. */
export class SentenceCues {
  private found?: Map<CueList, [number, number][]>;

  readonly text: string;

  constructor(
    readonly tokens: SentenceTokens,
    private readonly index: CueIndex,
  ) {
    this.text = tokens.text;
  }

  hits(list: CueList): [number, number][] {
    return (this.found ??= this.index.find(this.tokens)).get(list) ?? NONE;
  }
}

const NONE: [number, number][] = [];

/** Matches lying wholly inside [from, to). */
function within(found: [number, number][], from: number, to: number): [number, number][] {
  return found.filter(([s, e]) => s >= from && e <= to);
}
