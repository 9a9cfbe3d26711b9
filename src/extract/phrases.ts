// The one module that imports fast-levenshtein: place names are matched with spelling variants.
import levenshtein from 'fast-levenshtein';
import { phraseWordsOf, SentenceTokens } from './tokens.js';

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
  /** The phrase as listed, and whether it was matched only approximately. */
  listed: string;
  fuzzy: boolean;
}

const POSSESSIVE = /['’]s$/u;
const TRAILING_DOT = /\.$/;
const PHRASE_BREAK = /[,;:()"“”]/;
// Only words with a quote mark or a dot can carry a possessive or a trailing period to drop.
const MAY_TRIM = /['’.]/;
const CAPITAL_START = /^\p{Lu}/u;
/** Words whose nearest listed phrase is remembered: capitalised words recur across a corpus (names, places). */
const NEAREST_MEMO_LIMIT = 50_000;

/** Lower case, curly apostrophes straightened, possessive and trailing period dropped. */
function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words need nothing more; the replacements run only on the few with a quote mark or a dot.
  return MAY_TRIM.test(lower) ? lower.replace(/’/g, "'").replace(POSSESSIVE, '').replace(TRAILING_DOT, '') : lower;
}

/** A word of the text, as phrases are matched: its span, its normalized form and the form as written. */
export interface PhraseWord {
  start: number;
  end: number;
  norm: string;
  raw: string;
  /** Written with a capital first letter: only such a word may be a misspelt name. */
  capital: boolean;
}

/** The words of a text (from its tokens, when they are at hand), once for every phrase index that searches it. */
export function phraseWords(text: string, tokens = new SentenceTokens(text)): PhraseWord[] {
  return tokens.phraseWords.map(({ start, text: word }) => {
    const raw = MAY_TRIM.test(word) ? word.replace(POSSESSIVE, '').replace(TRAILING_DOT, '') : word;
    return { start, end: start + raw.length, norm: normalizeWord(word), raw, capital: startsCapital(word) };
  });
}

/** A capital first letter; ASCII, most words, without running a pattern. */
function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_START.test(word);
}

export function normalizePhrase(phrase: string): string {
  return phraseWordsOf(phrase).map(normalizeWord).join(' ');
}

/** One word of listed phrases: the phrase that ends here, if any, and the words that may follow. */
interface PhraseNode<T> {
  entry?: { value: T; listed: string };
  next?: Map<string, PhraseNode<T>>;
}

/**
 * Finds listed phrases (place aliases, category names) in text, longest first, by walking a tree of their words
 * from each word of the text: linear in the text times the longest phrase's word count, with no key built.
 */
export class PhraseIndex<T> {
  private readonly phrases = new Map<string, { value: T; listed: string }>();
  private readonly singleWords = new Map<string, string[]>(); // first letter -> one-word phrases, for fuzzy matching
  /** The first words of the phrases; most words of a text start none, and are passed at one lookup. */
  private readonly first = new Map<string, PhraseNode<T>>();

  constructor(private readonly options: { plurals?: boolean; fuzzy?: boolean } = {}) {}

  add(phrase: string, value: T): void {
    const key = normalizePhrase(phrase);
    if (!key || this.phrases.has(key)) return;
    const entry = { value, listed: phrase };
    this.phrases.set(key, entry);
    const words = key.split(' ');
    let level = this.first;
    let node: PhraseNode<T> | undefined;
    for (const [n, word] of words.entries()) {
      if (n > 0) level = node!.next ??= new Map();
      node = level.get(word);
      if (!node) level.set(word, (node = {}));
    }
    node!.entry = entry;
    if (words.length === 1 && key.length >= 5) {
      const bucket = this.singleWords.get(key[0]) ?? [];
      bucket.push(key);
      this.singleWords.set(key[0], bucket);
    }
  }

  /** Listed phrases in `text`, whose words (from phraseWords) may be passed in when several indexes search it. */
  find(text: string, words: PhraseWord[] = phraseWords(text)): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; ) {
      const hit = this.longestAt(words, i, text);
      if (hit) {
        hits.push(hit.hit);
        i += hit.count;
      } else i++;
    }
    return hits;
  }

  private longestAt(words: PhraseWord[], i: number, text: string) {
    let best: { count: number; entry: { value: T; listed: string } } | undefined;
    let level: Map<string, PhraseNode<T>> | undefined = this.first;
    for (let n = 0; level && i + n < words.length; n++) {
      // A phrase may not run across punctuation but hyphens.
      if (n > 0 && PHRASE_BREAK.test(text.slice(words[i + n - 1].end, words[i + n].start))) break;
      const word = words[i + n].norm;
      const node = level.get(word);
      // With plurals, a phrase's last word may be written plural ("ballistic missiles"); plurals end in s.
      const entry = node?.entry ?? (this.options.plurals && word.endsWith('s') ? level.get(singular(word))?.entry : undefined);
      if (entry) best = { count: n + 1, entry };
      level = node?.next;
    }
    if (!best) return this.fuzzyAt(words[i]);
    const { count, entry } = best;
    return { count, hit: { start: words[i].start, end: words[i + count - 1].end, value: entry.value, listed: entry.listed, fuzzy: false } };
  }

  /** A capitalised word of five letters or more, one edit or two from a listed one-word name. */
  private fuzzyAt(word: PhraseWord) {
    if (!this.options.fuzzy || word.norm.length < 5 || !word.capital) return undefined;
    const near = this.nearest(word.norm);
    return near && { count: 1, hit: { start: word.start, end: word.end, value: near.value, listed: near.listed, fuzzy: true } };
  }

  private readonly nearestMemo = new Map<string, { value: T; listed: string } | undefined>();

  /** A one-word phrase within 1 edit (2 for long words) of `word`, if exactly one is that close. */
  private nearest(word: string) {
    if (this.nearestMemo.has(word)) return this.nearestMemo.get(word);
    const found = this.nearestUncached(word);
    if (this.nearestMemo.size < NEAREST_MEMO_LIMIT) this.nearestMemo.set(word, found);
    return found;
  }

  private nearestUncached(word: string) {
    const limit = word.length >= 9 ? 2 : 1;
    // A word that extends a name ("Indonesian", "Japanese") is another word, not a misspelling.
    const close = (this.singleWords.get(word[0]) ?? []).filter(
      (w) => Math.abs(w.length - word.length) <= limit && !word.startsWith(w) && !w.startsWith(word) && levenshtein.get(w, word) <= limit,
    );
    return close.length === 1 ? this.phrases.get(close[0]) : undefined;
  }
}

function singular(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.endsWith('es') && /(?:ch|sh|ss|x)es$/.test(key)) return key.slice(0, -2);
  return key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
}
