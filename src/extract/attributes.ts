// Open claims that can disagree: a length no pack names, said of a thing ("the 0.56-mile Ashgrove Dam", "The dam,
// 1.2 km long and 40 m high", "It is 220 m high." after "The dam was finished in 1962."). Keyed by the thing and the
// measure, such figures from two articles are compared like a pack's, conflicts included: a thing's size is one
// fact, whoever states it. A figure whose thing or measure cannot be told stays an ordinary open claim.
import { lemma } from './open.js';

/** The measure an adjective after a figure names: "1.2 km long", "40 m high". */
const ASPECT: Record<string, string> = {
  long: 'length', high: 'height', tall: 'height', deep: 'depth', wide: 'width', thick: 'thickness',
};
/** Things whose figure, said without a measure ("a 300-metre tower"), is their height; of any other thing, its length. */
const UPRIGHT = new Set([
  'tower', 'building', 'skyscraper', 'mast', 'spire', 'chimney', 'statue', 'tree', 'cliff', 'mountain', 'peak', 'wave',
  'waves', 'tsunami', 'pylon', 'crane', 'monument', 'lighthouse', 'volcano',
]);
/** Words that are not the thing measured: "a 900-metre stretch of", "a 5 km radius". */
const NOT_A_THING = new Set([
  'stretch', 'section', 'part', 'portion', 'radius', 'distance', 'journey', 'trip', 'walk', 'drive', 'run', 'race',
  'swim', 'climb', 'fall', 'drop', 'rise', 'increase', 'range', 'area', 'zone', 'line', 'queue', 'convoy', 'km', 'miles',
  'metres', 'meters', 'feet', 'high', 'long', 'deep', 'wide', 'away', 'off', 'from', 'of', 'north', 'south', 'east', 'west',
  'inland', 'offshore', 'and', 'or', 'to', 'in', 'at', 'on', 'by', 'per', 'an', 'the', 'a',
]);

export interface Attribute {
  /** The thing measured, lower case and singular: "dam". */
  thing: string;
  /** The measure: length, height, depth, width, thickness. */
  measure: string;
}

// After a figure written with its unit: a name ("-mile Ashgrove Dam"), its last word the thing; or describing words
// and a noun ("-metre earthen wall built in 1962"), the noun the last word before a word that ends the phrase.
const AFTER_NAME = /^\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)/u;
const AFTER_WORDS = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?(?:\s+(\p{Ll}[\p{Ll}-]*))?/u;
/** Words that end a noun phrase: what follows is no longer the thing. */
const PHRASE_END = new Set([
  'built', 'made', 'held', 'set', 'run', 'that', 'which', 'who', 'where', 'when', 'was', 'were', 'is', 'are', 'has', 'had',
  'have', 'in', 'of', 'on', 'at', 'with', 'and', 'or', 'but', 'to', 'for', 'from', 'by', 'near', 'along', 'across',
]);
const AFTER_ASPECT = /^\s+(long|high|tall|deep|wide|thick)\b/;
// Before a figure: "The dam, ", "the dam is ", "the wall stretches ", "It is ".
const BEFORE_PREDICATE =
  /(?:^|[\s(])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|(It))\s+(?:(?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{Ll}-]*)\s+){0,3}?(\p{L}[\p{L}-]*)?,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|stands|stood|measures|measured|stretches|stretched|spans|spanned|runs|ran)\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$/u;
// "Runway 19L is 3,627 metres long": a sentence that opens with the thing, and maybe its number or code.
const OPENING_PREDICATE = /^\s*(\p{Lu}\p{Ll}+)(?:\s+[\p{Lu}\d][\p{L}\d-]*)?,?\s+(?:is|was|stands|stood|measures|measured|stretches|stretched|spans|spanned|runs|ran)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$/u;
const BEFORE_CHAINED = /\b(?:long|high|tall|deep|wide|thick)\s+(?:and|,)\s+$/;
// "The Ashgrove Dam, a 900-metre earthen wall": an apposition names the thing before its description.
const APPOSITION = /(?:^|\s)(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{L}[\p{L}-]*),\s+(?:an?\s+)$/u;
// "the 0.56-mile", "its 300-metre": a definite article or a possessive right before the figure.
const DEFINITE_BEFORE = /(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir)\s+(?:(?:about|some|nearly|roughly|around)\s+)?$/;
// A sentence's subject: "The dam was finished in 1962.", "The Ashgrove Dam was built…".
const SUBJECT = /^(?:The|This|That)\s+(?:(?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{Ll}-]*)\s+){0,3}?(\p{L}[\p{L}-]*)\s+(?:is|was|has|had|stands|stood|holds|held|sits|sat|lies|lay)\b/u;

const thingOf = (w: string | undefined) => (w && !NOT_A_THING.has(w.toLowerCase()) && /^\p{L}{3,}$/u.test(w) ? lemma(w) : undefined);

/** The thing a sentence is about, when it opens by naming one: for "It is 220 m high." in the next sentence. */
export function subjectOf(sentence: string): string | undefined {
  return thingOf(SUBJECT.exec(sentence)?.[1]);
}

/**
 * The thing and measure of a length at [start, end) of a sentence, or undefined. `hyphenated` is true when the figure
 * is written as one word with its unit ("900-metre"), which makes it describe the noun after it.
 */
export function attributeOf(sentence: string, start: number, end: number, previousSubject: string | undefined, earlier: Attribute | undefined): Attribute | undefined {
  const after = sentence.slice(end, end + 60);
  const before = sentence.slice(Math.max(0, start - 60), start);
  const aspect = AFTER_ASPECT.exec(after)?.[1];
  if (aspect) {
    const measure = ASPECT[aspect];
    // "1.2 km long and 40 m high": the second measure is of the same thing.
    if (earlier && BEFORE_CHAINED.test(before)) return { thing: earlier.thing, measure };
    const opening = start <= 60 ? thingOf(OPENING_PREDICATE.exec(sentence.slice(0, start))?.[1]) : undefined;
    const m = opening ? null : BEFORE_PREDICATE.exec(before);
    const thing = opening ?? (m ? (m[1] ? previousSubject : thingOf(m[2])) : undefined);
    return thing ? { thing, measure } : undefined;
  }
  // "a 900-metre earthen wall", "the 0.56-mile Ashgrove Dam": only a figure written as one word with its unit.
  if (!/-\p{L}+$/u.test(sentence.slice(start, end))) return undefined;
  const noun = thingOf(headAfter(after));
  if (!noun) return undefined;
  const named = thingOf(APPOSITION.exec(before)?.[1]);
  // "the 0.56-mile Ashgrove Dam" is the thing the news is about; "a 50-metre bridge" is one of many, perhaps
  // another than the next article's "the 120 m bridge": only a definite thing (or a named one it describes) is keyed.
  if (!named && !DEFINITE_BEFORE.test(before)) return undefined;
  const thing = named ?? noun;
  return { thing, measure: UPRIGHT.has(thing) ? 'height' : 'length' };
}

/** The noun a figure written with its unit describes: "-mile Ashgrove Dam" → Dam, "-metre earthen wall built" → wall. */
function headAfter(after: string): string | undefined {
  const name = AFTER_NAME.exec(after);
  if (name) return name[1].split(/\s+/).pop();
  const words = AFTER_WORDS.exec(after);
  if (!words) return undefined;
  let head: string | undefined;
  for (const w of words.slice(1)) {
    if (w === undefined || PHRASE_END.has(w) || /ed$/.test(w)) break;
    head = w;
  }
  return head;
}

