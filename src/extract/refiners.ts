// The refiners, in the order they run over what the recognisers found in a sentence: merge the general quantity
// reader's finds in, keep one of each set of overlapping finds, drop what a negation rules out. A new refiner is
// one entry here.
import { addFigures } from './addFigures.js';
import { isNegated } from './cues.js';
import type { Found } from './found.js';
import type { SentenceReading } from './recognisers.js';

export interface Refiner {
  name: string;
  refine(found: Found[], s: SentenceReading): Found[];
}

/**
 * Money, shares, ages, rates and figures in words from the general reader (figures.ts), and more of a figure than a
 * pack's recogniser read ("Between 80 and 100 people were killed"): it keeps that find's kinds.
 */
const generalFigures: Refiner = {
  name: 'general figures',
  refine: (found, s) => addFigures(s.text, found, s.ex.figures) as Found[],
};

/**
 * Where two finds of one type overlap, or a date or time overlaps anything (a year inside a figure), keep the
 * longer. A count may overlap a category: "two short-range ballistic missiles" says both.
 */
const overlaps: Refiner = {
  name: 'overlaps',
  refine(found) {
    const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Found[] = [];
    // A statement spans a clause ("the landing gear on Sunday failed to deploy"): it holds other values and clashes
    // with none (the scanner kept one of a kind where its phrases overlap).
    const clash = (a: Found, b: Found) =>
      a.raw.type !== 'statement' && b.raw.type !== 'statement' && (a.raw.type === b.raw.type || [a.raw.type, b.raw.type].some((t) => t === 'date' || t === 'time'));
    // A date or a time beats a guessed place name ("GMT on Sunday" is no place); a pack's count beats a count of
    // any noun ("Firefighters injured: 2" is people injured).
    const weight = (f: Found) =>
      f.end - f.start + (f.tag === 'place-unlisted' ? 0 : f.raw.type === 'date' || f.raw.type === 'time' ? 1000 : f.tag === 'open-count' ? -1000 : 0);
    for (const f of sorted) {
      const rival = out.findIndex((o) => f.start < o.end && o.start < f.end && clash(o, f));
      if (rival < 0) out.push(f);
      else if (weight(f) > weight(out[rival])) out[rival] = f;
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** A value in a negated clause is not a claim ("did not fly 1,000 km"); a statement's phrases say their own negation. */
const negations: Refiner = {
  name: 'negations',
  refine: (found, s) => found.filter((f) => f.tag === 'statement' || !isNegated(s.text, f.start)),
};

// "a day after it battered Hainan", "two days after the first test", "hours before it reached Vietnam": a clause
// that another happening opens, up to the next clause break. Linear: each part is a word or a bounded digit run.
const OTHER_HAPPENING = /\b(?:(?:a|an|one|two|three|four|five|six|seven|several|some|few|the|\d{1,2})\s+)?(?:day|days|hour|hours|week|weeks|month|months)\s+(?:after|before)\b/gi;
const CLAUSE_BREAK = /[,;:—–()]/;

/**
 * What such a clause holds (the place the storm battered the day before, its winds then) is the other happening's,
 * dated only relative to the news: no claim of the sentence's happening. Its dates stay: they say which day the
 * other happening was, and so that it is not the news.
 */
const otherHappenings: Refiner = {
  name: 'other happenings',
  refine(found, s) {
    const clauses: [number, number][] = [];
    OTHER_HAPPENING.lastIndex = 0;
    for (let m = OTHER_HAPPENING.exec(s.text); m; m = OTHER_HAPPENING.exec(s.text)) {
      const after = m.index + m[0].length;
      const stop = s.text.slice(after).search(CLAUSE_BREAK);
      clauses.push([m.index, stop < 0 ? s.text.length : after + stop]);
    }
    if (!clauses.length) return found;
    return found.filter((f) => f.raw.type === 'date' || !clauses.some(([from, to]) => f.start >= from && f.start < to));
  },
};

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [generalFigures, overlaps, negations, otherHappenings];
