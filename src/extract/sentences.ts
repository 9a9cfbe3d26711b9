import type { Article, BlockKind } from '../model/types.js';

export interface Sentence {
  index: number;
  /** [start, end) offsets into Article.text. */
  start: number;
  end: number;
  text: string;
  block: BlockKind;
  /** Index of the block within the article, so a dateline can be told from the rest. */
  blockIndex: number;
  /** True for the first sentence of its block. */
  blockStart: boolean;
}

/** Blocks whose sentences can hold claims; captions, bylines, teasers, FAQ boxes and site chrome cannot. */
const CLAIM_BLOCKS: ReadonlySet<BlockKind> = new Set(['body', 'heading', 'list', 'background']);

// Words whose trailing period does not end a sentence (lower case, without the period).
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'pres',
  'st', 'mt', 'ft', 'no', 'vs', 'etc', 'cat', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'approx', 'est', 'fig',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'd.c',
]);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
const BOUNDARY = /[.!?][)"'\u201d\u2019\]]*\s+/g;
const MAX_SENTENCE = 2000;
const NEXT_STARTS_SENTENCE = /^[\p{Lu}\d"'\u201c\u2018(]/u;
const WORD_BEFORE = /[\p{L}.]{1,12}$/u;

/** Splits the claim-bearing blocks of an article into sentences; a block edge always ends a sentence. */
export function splitSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  article.blocks.forEach((block, blockIndex) => {
    if (!CLAIM_BLOCKS.has(block.kind)) return;
    let from = block.start;
    const text = article.text.slice(block.start, block.end);
    const push = (from0: number, to: number) => {
      // No news sentence runs past a few hundred characters; a longer run (a table, a list without
      // stops, hostile text) is cut at spaces so that every per-sentence step stays bounded.
      let start = from0;
      while (to - start > MAX_SENTENCE) {
        // Search the window only: a text without spaces must not be rescanned from its start at every cut.
        const space = article.text.slice(start, start + MAX_SENTENCE).lastIndexOf(' ');
        const cut = space > 0 ? start + space : start + MAX_SENTENCE;
        pushOne(start, cut, start === block.start);
        start = cut;
      }
      pushOne(start, to, start === block.start);
    };
    const pushOne = (start: number, end: number, first: boolean) => {
      const trimmed = trimRange(article.text, start, end);
      if (trimmed[1] > trimmed[0]) {
        out.push({
          index: out.length,
          start: trimmed[0],
          end: trimmed[1],
          text: article.text.slice(trimmed[0], trimmed[1]),
          block: block.kind,
          blockIndex,
          blockStart: first,
        });
      }
    };
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
      const cut = m.index + m[0].length;
      if (!endsSentence(text, m.index, cut)) continue;
      push(from, block.start + cut);
      from = block.start + cut;
    }
    push(from, block.end);
  });
  return out;
}

// "at 7:40 a.m. The missile flew": after a clock's a.m. or p.m., a capitalised word starts a new sentence, unless it
// goes on telling the time: a zone ("EDT", "Eastern time", "Philippine time"), a day or a month ("a.m. Tuesday").
const CLOCK_SUFFIX = /^[ap]\.m$/;
const TIME_GOES_ON = /^(?:\p{Lu}{2,5}\b|\p{Lu}\p{L}{1,20}(?: \p{Lu}\p{L}{1,20})? (?:[Tt]ime|Standard|Daylight)\b|(?:Eastern|Central|Mountain|Pacific|Atlantic|Korea|Japan|Seoul|Tokyo|Beijing|China|Taiwan|India|Moscow|Greenwich|Coordinated|Local)\b|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)/u;

function endsSentence(text: string, at: number, next: number): boolean {
  if (next >= text.length) return true;
  if (!NEXT_STARTS_SENTENCE.test(text.slice(next, next + 1))) return false;
  if (text[at] !== '.') return true;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[0].toLowerCase() ?? '';
  const bare = word.replace(/^\.+/, '');
  if (CLOCK_SUFFIX.test(bare)) return /^\p{Lu}/u.test(text[next]) && !TIME_GOES_ON.test(text.slice(next, next + 20));
  if (ABBREVIATIONS.has(bare)) return false;
  // A single capital before the period is an initial ("John F. Kennedy").
  return !/^\p{Lu}$/u.test(word);
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
