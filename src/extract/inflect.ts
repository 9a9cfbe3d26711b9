// The tenses of a cue's verb, so a pack that lists "slammed into" also reads "slamming into", and one that lists
// "crash" reads "crashed" and "crashing". Only the form a pack gives decides which others are read: a base form
// ("crash") takes its past and -ing forms; a past form ("fired") takes the other past and the -ing form but not the
// base, which is often a noun of another sense ("fire"); an -ing form takes the past. No form gains an -s: "launches"
// and "crashes" are mostly plural nouns ("tracking launches from the peninsula"), not a happening's verb.

import { IRREGULAR_VERBS } from '../util/verbs.js';

const VOWEL = /[aeiou]/;
/** "slam" → "slamm", "stop" → "stopp": a short word ending consonant-vowel-consonant doubles before -ed and -ing. */
const doubled = (base: string) =>
  /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) ? base + base[base.length - 1] : base;
const ing = (base: string) => (base.endsWith('ie') ? `${base.slice(0, -2)}ying` : base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${doubled(base)}ing`);
const past = (base: string) => (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${doubled(base)}ed`);

const BY_FORM = new Map<string, { base: string; past: string[] }>();
for (const [base, past, participle] of IRREGULAR_VERBS) {
  const entry = BY_FORM.get(base) ?? { base, past: [] };
  for (const form of [past, participle]) if (!entry.past.includes(form)) entry.past.push(form);
  for (const form of [base, past, participle, ing(base)]) if (!BY_FORM.has(form)) BY_FORM.set(form, entry);
}

/** The bases a regular past ("slammed", "fired", "crashed") may come from. */
function basesOfPast(word: string): string[] {
  const stem = word.slice(0, -2);
  const out = [stem, `${stem}e`];
  if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  return out;
}

// Words that are never a verb: a cue that starts with one ("into", "toward", "in waters") keeps its one form.
const NO_VERB = new Set([
  'into', 'onto', 'toward', 'towards', 'in', 'on', 'at', 'from', 'to', 'of', 'off', 'over', 'near', 'between', 'the', 'its',
  'this', 'that', 'these', 'those', 'up', 'down', 'out', 'by', 'with', 'about', 'around', 'across', 'through', 'after',
  'before', 'since', 'during', 'under', 'above', 'along', 'inside', 'outside', 'within', 'beyond', 'per', 'and', 'or',
]);

/** The other tenses of one word, by the rule above; the word itself first. A word that is no verb form gains nothing harmful. */
export function tensesOf(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 3 || !/^[a-z]+$/.test(w) || NO_VERB.has(w)) return [word];
  const out = new Set<string>([w]);
  const irregular = BY_FORM.get(w);
  if (irregular) {
    for (const p of irregular.past) out.add(p);
    out.add(ing(irregular.base));
    return [...out];
  }
  if (w.endsWith('ed') && w.length > 4) {
    for (const base of basesOfPast(w)) if (VOWEL.test(base)) out.add(ing(base));
  } else if (w.endsWith('ing') && w.length > 5) {
    out.add(`${w.slice(0, -3)}ed`);
  } else if (!w.endsWith('s')) {
    out.add(past(w));
    out.add(ing(w));
    // "canceled" and "cancelled", "traveling" and "travelling": American and British spellings both.
    if (/[aeiou]l$/.test(w) && !/[aeiou]{2}l$/.test(w)) for (const end of ['led', 'ling']) out.add(w + end);
  }
  return [...out];
}

/** A cue phrase in every tense of its first word: "slammed into" → "slammed into", "slamming into". */
export function phraseTenses(phrase: string): string[] {
  const space = phrase.indexOf(' ');
  const first = space < 0 ? phrase : phrase.slice(0, space);
  const rest = space < 0 ? '' : phrase.slice(space);
  return tensesOf(first).map((w) => (w === first.toLowerCase() ? first : w) + rest);
}
