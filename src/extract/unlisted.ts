// Places the place list does not know ("Sestri Levante", "the Mentawai Strait"): a run of capitalised
// words. Kept only where a place cue stands right before it, and never called a conflict with
// another place, since nothing says how the two relate.

const WORD = /[\p{L}][\p{L}'’.-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
// Lower-case words that may stand inside a place name: "Bay of Bengal", "Riva del Garda".
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'la', 'le', 'el', 'al', 'am', 'upon']);
// Capitalised words that do not start a place name.
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'At', 'By', 'From',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Minister', 'Prime',
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central',
]);
// A single word naming a people or a language ("Japanese", "Indonesian") is an adjective, not a place.
const DEMONYM = /(?:ese|ian|ean|ish|ic)$/;
const MAX_WORDS = 5;

export interface UnlistedPlace {
  start: number;
  end: number;
  name: string;
}

/** Runs of capitalised words (with connectors inside) that no listed place covers. */
export function findUnlistedPlaces(text: string, taken: { start: number; end: number }[]): UnlistedPlace[] {
  const words: { start: number; end: number; text: string }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // Most words carry no quote mark or dot: they skip the replacements.
    const clean = /['’.]/.test(m[0]) ? m[0].replace(/['’]s$/u, '').replace(/\.$/, '') : m[0];
    words.push({ start: m.index, end: m.index + clean.length, text: clean });
  }
  const out: UnlistedPlace[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!CAPITALISED.test(words[i].text) || NOT_NAMES.has(words[i].text) || i === 0) continue;
    let j = i;
    while (j + 1 < words.length && j - i + 1 < MAX_WORDS && sameRun(text, words[j], words[j + 1])) {
      const next = words[j + 1];
      const name = (w: { text: string }) => CAPITALISED.test(w.text) && !NOT_NAMES.has(w.text);
      if (name(next)) j++;
      else if (CONNECTORS.has(next.text) && j + 2 < words.length && name(words[j + 2]) && sameRun(text, next, words[j + 2])) j += 2;
      else break;
    }
    const start = words[i].start;
    const end = words[j].end;
    const single = i === j;
    if (single && DEMONYM.test(words[i].text)) continue;
    if (!taken.some((t) => start < t.end && t.start < end)) out.push({ start, end, name: text.slice(start, end) });
    i = j;
  }
  return out;
}

/**
 * Where a capitalised name word follows a listed place ending at `end` with a plain space, its start: then the
 * place may be only the first word of a longer name the list does not know ("Mexico" of "Mexico Beach").
 */
export function nameGoesOnAt(text: string, end: number): number | undefined {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  return m !== null && !NOT_NAMES.has(m[1]) && !DEMONYM.test(m[1]) ? m.index + m[0].length - m[1].length : undefined;
}

const NEXT_WORD = / {1,2}(\p{Lu}[\p{L}'’-]*)/uy;

/** Two words belong to one name only with plain spaces between them. */
function sameRun(text: string, a: { end: number }, b: { start: number }): boolean {
  return /^ {1,2}$/.test(text.slice(a.end, b.start));
}
