// A sentence tokenised once: its runs of letters and digits, with the text between them. Every reader of words
// takes its words from these runs: the cue index (each run a word), the place and category lists (a word may go on
// over dots, apostrophes and hyphens: "U.S.-led"), and the statement matcher (a word may go on over one apostrophe
// or hyphen: "wasn't", "go-around").

const RUN = /[\p{L}\p{N}]+/gu;
const SPACES = /\s+/g;
// The long s matches "s" under a case-insensitive pattern but lower-cases to itself.
const LONG_S = /ſ/g;
// What may stand inside a listed phrase's word ("U.S.", "O'Brien", "north-east"), and end it ("U.S.").
const PHRASE_WORD_INNER = /^['’.-]+$/;
const PHRASE_WORD_TAIL = /^['’.-]+/;
const STEM_WORD_JOIN = new Set(["'", '’', '-']);

/** A word as one reader sees it: its span in the sentence and its text as written. */
export interface TokenWord {
  start: number;
  end: number;
  text: string;
}

/** Words (runs of letters and digits, lower case) and the text between them, white space as one space. */
export interface WordRuns {
  starts: number[];
  ends: number[];
  words: string[];
  /** gaps[i] stands before words[i]; gaps[words.length] after the last word. */
  gaps: string[];
}

export class SentenceTokens {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private runsLower?: WordRuns;
  private phrase?: TokenWord[];
  private stem?: TokenWord[];

  constructor(readonly text: string) {
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** The text before run i (i = the number of runs: after the last). */
  private gap(i: number): string {
    return this.text.slice(i === 0 ? 0 : this.ends[i - 1], i === this.starts.length ? this.text.length : this.starts[i]);
  }

  /** Each run a word, in lower case, with the text between: what cue phrases are matched on. */
  get runs(): WordRuns {
    if (!this.runsLower) {
      const n = this.starts.length;
      const gaps: string[] = [];
      const words: string[] = [];
      for (let i = 0; i <= n; i++) {
        gaps.push(oneSpace(this.gap(i)));
        if (i < n) words.push(lower(this.text.slice(this.starts[i], this.ends[i])));
      }
      this.runsLower = { starts: this.starts, ends: this.ends, words, gaps };
    }
    return this.runsLower;
  }

  /** Words as listed phrases are matched: runs joined over dots, apostrophes and hyphens, and such a tail kept. */
  get phraseWords(): TokenWord[] {
    return (this.phrase ??= this.join((gap) => PHRASE_WORD_INNER.test(gap), (gap) => PHRASE_WORD_TAIL.exec(gap)?.[0].length ?? 0));
  }

  /** Words as statement phrases are matched: runs joined over one apostrophe or hyphen ("wasn't", "belly-landed"). */
  get stemWords(): TokenWord[] {
    return (this.stem ??= this.join((gap) => gap.length === 1 && STEM_WORD_JOIN.has(gap), () => 0));
  }

  /** Whether run k joins the word before it. Most words are one space apart, which joins nothing: no gap is read. */
  private joinsAt(k: number, joins: (gap: string) => boolean): boolean {
    if (this.starts[k] - this.ends[k - 1] === 1 && this.text.charCodeAt(this.ends[k - 1]) === 32) return false;
    return joins(this.gap(k));
  }

  /** Runs put together into words: a run joins the word before when `joins` its gap; `tail` is what a word keeps after it. */
  private join(joins: (gap: string) => boolean, tail: (gap: string) => number): TokenWord[] {
    const out: TokenWord[] = [];
    const n = this.starts.length;
    for (let i = 0; i < n; ) {
      const start = this.starts[i];
      let j = i;
      while (j + 1 < n && this.joinsAt(j + 1, joins)) j++;
      const end = this.ends[j] + tail(this.gap(j + 1));
      out.push({ start, end, text: this.text.slice(start, end) });
      i = j + 1;
    }
    return out;
  }
}

// The words of a listed phrase (a place alias, a category name) as phraseWords puts them together, in one native
// pass: thousands of names are read at start-up, each alone, where building a SentenceTokens per name cost twice the
// time. Property-tested to equal phraseWords.
const PHRASE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The words of a short text read on its own (a listed name), as phraseWords would give them. */
export function phraseWordsOf(text: string): string[] {
  return text.match(PHRASE_WORD) ?? [];
}

const NON_WORD = /([^\p{L}\p{N}]+)/u;

/** The runs of a short text read on its own (a cue phrase), words and gaps as SentenceTokens.runs gives them. */
export function phraseRuns(text: string): Pick<WordRuns, 'words' | 'gaps'> {
  const words: string[] = [];
  const gaps: string[] = [];
  let gap = '';
  // split with a group alternates words (even places, '' at either end) and the text between them (odd places).
  text.split(NON_WORD).forEach((part, i) => {
    if (i % 2 === 1) gap = oneSpace(part);
    else if (part !== '') {
      gaps.push(gap);
      words.push(lower(part));
      gap = '';
    }
  });
  gaps.push(gap);
  return { words, gaps };
}

/** White space as one space, as a pattern's `\s+` between a phrase's words reads it. */
const oneSpace = (gap: string) => (gap === ' ' || gap === '' ? gap : gap.replace(SPACES, ' '));

/** Lower case, as a case-insensitive pattern compares. */
export function lower(word: string): string {
  const l = word.toLowerCase();
  return l.includes('ſ') ? l.replace(LONG_S, 's') : l;
}
