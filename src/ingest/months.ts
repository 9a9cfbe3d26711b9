/** Month names as news copy writes them: full or abbreviated (the optional dot is matched apart). */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBREVIATIONS = ['tues', 'thurs', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const MONTH_BY_NAME = new Map<string, number>(
  MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/** 1-12 for a month name or abbreviation (any case, trailing dot allowed). */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);

/**
 * An alternation of the words as Capitalized or UPPER case, longest first ("Sept" before "Sep").
 * Case variants are spelled out instead of using the `i` flag so "may" the verb is no month and
 * patterns that need `\p{Lu}` keep their meaning.
 */
function alternation(words: readonly string[]): string {
  const forms = words.flatMap((w) => [capitalize(w), w.toUpperCase()]);
  return `(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Regex source for one month name, without its dot; callers add `\b\.?`. */
export const MONTH_SOURCE = alternation([...MONTH_BY_NAME.keys()]);

/** Regex source for one weekday name or abbreviation ("Mon", "Tuesday"). */
export const WEEKDAY_SOURCE = alternation([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]);
