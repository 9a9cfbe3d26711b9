// Words reduced to one stem per word family, so a phrase matches by lemma and tense: "cancel", "canceled",
// "cancelled" and "cancels" are one stem; "struck" is "strike"'s. The stems need not be words, only the same for
// a phrase's word and the text's; the claims loader and the statement matcher share this one module.

import { IRREGULAR_VERBS } from './verbs.js';

// Irregular forms, as their plain form; the regular rules below then stem that. The verbs' past forms come from the
// one table of irregular verbs; the rest are forms the rules would miss.
const IRREGULAR: Record<string, string> = {
  ...Object.fromEntries(IRREGULAR_VERBS.flatMap(([base, past, participle]) => [[past, base], [participle, base]]).filter(([form, base]) => form !== base)),
  am: 'be', is: 'be', are: 'be', being: 'be', does: 'do', doing: 'do', has: 'have', having: 'have', goes: 'go',
  stricken: 'strike', agreed: 'agree', freed: 'free', dies: 'die', died: 'die', dying: 'die',
};
// "wasn't", "didn't", "can't": the verb and "not", as two words.
const CONTRACTED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
const SHORTEST_STEM = 3;
const VOWEL = /[aeiouy]/;
const DOUBLED = /([b-df-hj-np-rtv-z])\1$/;
const PLURAL_S = /[^su]s$/;

/** The stem of one lower-case word, apostrophes straightened: "deployed" → "deploy", "collided" → "collid". */
export function stem(word: string): string {
  const plain = IRREGULAR[word] ?? word;
  if (plain.length <= SHORTEST_STEM) return plain;
  let s = plain;
  // The plural or third person first, then the tense: "warnings" and "warned" meet at "warn".
  if (s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (PLURAL_S.test(s) && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.endsWith('ied')) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ing') && hasVowel(s.slice(0, -3))) s = s.slice(0, -3);
  // "succeed" and "need" end in their own "ed".
  else if (s.endsWith('ed') && !s.endsWith('eed') && hasVowel(s.slice(0, -2))) s = s.slice(0, -2);
  // "cancelled" and "hitting" double their last consonant; "canceled" and "cancel" do not.
  if (DOUBLED.test(s) && s.length > SHORTEST_STEM) s = s.slice(0, -1);
  // "collide" and "collided" meet at "collid"; "carry" and "carried" at "carri".
  if (s.endsWith('e') && s.length > SHORTEST_STEM) s = s.slice(0, -1);
  else if (/[^aeiou]y$/.test(s)) s = `${s.slice(0, -1)}i`;
  return s;
}

/** A stem needs a vowel left ("string" is not "str" + "ing"). */
function hasVowel(s: string): boolean {
  return s.length >= SHORTEST_STEM - 1 && VOWEL.test(s);
}

/**
 * The stems one written word stands for: one, or two for a contraction ("wasn't" → be, not). A hyphenated word
 * stays one word ("go-around", "belly-landed"), each part stemmed.
 */
export function wordStems(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (lower.endsWith("n't")) {
    const verb = lower.slice(0, -3);
    return [stem(CONTRACTED[verb] ?? verb), 'not'];
  }
  return [lower.split('-').map(stem).join('-')];
}

/** Stems of every word of a phrase, with "..." (words between) kept as itself. */
export function phraseStems(phrase: string): string[] {
  return (phrase.match(PHRASE_TOKEN) ?? []).flatMap((w) => (w === '...' ? [w] : wordStems(w)));
}

/** A word as the statement matcher reads it: letters and digits, inner apostrophes and hyphens kept. */
const WORD_SOURCE = String.raw`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`;
const PHRASE_TOKEN = new RegExp(String.raw`\.\.\.|${WORD_SOURCE}`, 'gu');
