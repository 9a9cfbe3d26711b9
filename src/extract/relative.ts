// Relative locations. "40 km north-west of Ridgeview" is a distance with its reference place (and a bearing);
// "landed in the sea west of Kelp Island" names Kelp Island as a reference, not as where it landed.
import type { Reference } from '../model/types.js';
import { compassPoint } from '../util/compass.js';
import type { UnlistedPlace } from './unlisted.js';

const POINT = String.raw`(?:north|south|east|west)`;
// "north", "North-west", "northwest", "west-southwest", "west-south-west", "NW": every part a fixed word.
const BEARING = String.raw`(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:[\s-]?${POINT})?(?:-?${POINT})?|[NSEW]{1,3}`;
const COAST_OF = String.raw`(?:\s+the(?:\s+${POINT}(?:ern)?)?\s+coast\s+of)?`;
// What ties a distance to the place it is measured from: "… north-west of", "… from", "… off the coast of", "… outside".
const AFTER_DISTANCE = new RegExp(
  String.raw`^\s+(?:away\s+)?(?:(${BEARING})\s+of|from|off${COAST_OF}|offshore\s+(?:from|of)|outside(?:\s+of)?)\s+(?:the\s+)?(?:(?:city|town|village|port|island)\s+of\s+)?`,
);
// What makes the place after it a reference: "west of", "off the coast of", "offshore from". Not "in the (far)
// north-east of Hainan": that is a part of the place, not somewhere near it.
const BEFORE_PLACE = new RegExp(String.raw`(?:\b(?<![Tt]he\s(?:far\s)?)(${BEARING})\s+of|\b[Oo]ff${COAST_OF}|\b[Oo]ffshore\s+(?:from|of))\s+(?:the\s+)?$`);
const REACH = 60;
// "from Tampa to Naples" is a stretch of coast, not a place a distance is measured from.
const STRETCH = /^\s+(?:to|through|into)\s/;
// A reference the text gives by a common noun ("33 km west of the provincial capital"): up to two words before it.
const NOUN_PHRASE = /^([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?/;
const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port', 'coast', 'coastline', 'shore', 'border', 'island', 'airport']);
// Distances shorter than this are sizes and depths ("waves of 3 metres off the coast"), not where something is.
const MIN_METRES = 100;
// A figure a measure names before it is that measure, wherever it was taken: "at a depth of 15.8 km off the
// coast south-southeast of Hualien" is a depth, not a distance from Hualien.
const MEASURE_BEFORE = /\b(?:depth|altitude|height|apogee|elevation|length|width|range)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+)?$/i;

interface Listed {
  start: number;
  end: number;
  value: string;
}

/**
 * The place a distance ending at `end` is measured from, when the text says ("60 km west-southwest of Padang"):
 * a listed place, else a name the sentence's `unlisted` places hold, else a place noun.
 */
export function referenceAfter(text: string, start: number, end: number, metres: number, listed: Listed[], unlisted: () => UnlistedPlace[]): Reference | undefined {
  if (metres < MIN_METRES || MEASURE_BEFORE.test(text.slice(Math.max(0, start - REACH), start))) return undefined;
  const m = AFTER_DISTANCE.exec(text.slice(end, end + REACH));
  if (!m) return undefined;
  const bearing = m[1] === undefined ? undefined : compassPoint(m[1]);
  if (m[1] !== undefined && !bearing) return undefined;
  const at = end + m[0].length;
  const place = placeAt(text, at, listed, unlisted);
  if (!place || STRETCH.test(text.slice(place.end, place.end + 12))) return undefined;
  return { place: place.name, ...(bearing ? { bearing } : {}), ...(place.unlisted ? { unlisted: true } : {}) };
}

/** How the text places something from the place starting at `start`: a compass point, "off", or nothing. */
export function relationBefore(text: string, start: number): string | undefined {
  const m = BEFORE_PLACE.exec(text.slice(Math.max(0, start - REACH), start));
  if (!m) return undefined;
  return m[1] === undefined ? 'off' : compassPoint(m[1]);
}

/** A listed place, else a run of capitalised words, else a place noun phrase ("provincial capital") at `at`. */
function placeAt(text: string, at: number, listed: Listed[], unlisted: () => UnlistedPlace[]): { name: string; end: number; unlisted?: boolean } | undefined {
  const hit = listed.find((p) => p.start === at);
  if (hit) return { name: hit.value, end: hit.end };
  const named = unlisted().find((p) => p.start === at);
  if (named) return { name: named.name, end: named.end, unlisted: true };
  const words = NOUN_PHRASE.exec(text.slice(at, at + REACH));
  const phrase = words ? words.slice(1).filter((w) => w !== undefined) : [];
  const noun = phrase.findIndex((w) => PLACE_NOUNS.has(w));
  if (noun < 0) return undefined;
  const name = phrase.slice(0, noun + 1).join(' ');
  return { name, end: at + name.length, unlisted: true };
}
