import type { RawValue } from '../model/types.js';
import type { CompiledKind } from './cues.js';
import { DIGITS, HEDGE, NUMBER_WORD, SCALE, hedgeOf, parseStatedNumber } from './numbers.js';
import { pattern, literal } from './caseless.js';

export interface FoundCount {
  start: number;
  end: number;
  kind: string;
  raw: Extract<RawValue, { type: 'quantity' }>;
}

const FIGURE_SOURCE = String.raw`(?:(${HEDGE})\s+)?(${DIGITS}|${NUMBER_WORD}|an?(?=\s+${SCALE}))(?:\s+(${SCALE}))?`;
// A figure, then the counted noun within a few words: "over 12,000 troops", "two short-range missiles".
// A figure hyphenated to a name ("Comet-7 missile") is a designation's mark, not a count.
const FIGURE = pattern(String.raw`(?<![\p{L}\d.,:])(?<!\p{L}-)${FIGURE_SOURCE}(?=\s)`, 'giu');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;
const MAX_GAP_WORDS = 4;
// Words that end the noun phrase: a count of "two missiles" is not "two of the missiles' stages".
const STOP_WORDS = new Set(['of', 'and', 'or', 'to', 'in', 'at', 'by', 'for', 'from', 'with', 'than', 'per', 'a', 'an', 'the', 'as']);
// Words that may stand between a figure and its noun without narrowing what is counted.
const PLAIN_GAP = new Set(['people', 'persons', 'others', 'more', 'other', 'additional', 'further', 'new', 'were', 'was', 'had', 'have',
  'has', 'been', 'are', 'is', 'be', 'reportedly', 'confirmed', 'all', 'so', 'far', 'now', 'later', 'on', 'individuals']);
const FIGURE_NEXT = pattern(String.raw`^\s+(?:${HEDGE}\s+)?(?:\d|${NUMBER_WORD}\b)`, 'iu');
const FIGURE_HINT = new RegExp(String.raw`\d|\b${NUMBER_WORD}\b|\ban?\s+${SCALE}\b`, 'i');

/**
 * Count patterns of a run's kinds. The lead patterns are built on first use: the extractor keeps one scanner for
 * all kinds and one per article subject, and a run uses only some of them.
 */
export class CountScanner {
  readonly nouns = new Map<string, string>();
  private built?: Pick<CountScanner, 'leads' | 'gapped'>;

  constructor(private readonly kinds: CompiledKind[]) {
    for (const c of kinds) for (const n of c.kind.nouns ?? []) if (!this.nouns.has(n)) this.nouns.set(n, c.kind.key);
  }

  /** "killing 179": a kind's lead phrase right before the figure. */
  get leads(): { re: RegExp; kinds: Map<string, string> } | undefined {
    return (this.built ??= buildLeads(this.kinds)).leads;
  }

  /** "the death toll from the quake rose to 163": a lead written "death toll ... rose to", with words between. */
  get gapped(): { re: RegExp; kind: string }[] {
    return (this.built ??= buildLeads(this.kinds)).gapped;
  }
}

// How many characters may stand inside a gapped lead ("death toll ... rose to"), within one clause.
const LEAD_GAP = String.raw`[^.;:!?"“”]{0,80}?\s`;

function buildLeads(kinds: CompiledKind[]): Pick<CountScanner, 'leads' | 'gapped'> {
  const leadKinds = new Map<string, string>();
  const gapped: CountScanner['gapped'] = [];
  for (const c of kinds)
    for (const l of c.kind.before ?? []) {
      if (l.includes('#')) {
        // "ordered # to leave": the figure stands inside the phrase, its end a few words after it.
        const [lead, trail] = l.split('#').map((p) => literal(p.trim(), true));
        gapped.push({
          re: pattern(String.raw`(?<![\p{L}\d])(?:${lead})\s+(?<tail>)${FIGURE_SOURCE}(?=${LEAD_GAP.replace('{0,80}', '{0,40}')}(?:${trail})(?![\p{L}]))`, 'giud'),
          kind: c.kind.key,
        });
      } else if (l.includes('...')) {
        const parts = l.split('...').map((p) => literal(p.trim(), true));
        const head = parts.slice(0, -1).join(LEAD_GAP);
        gapped.push({ re: pattern(String.raw`(?<![\p{L}\d])${head}${LEAD_GAP}(?<tail>${parts[parts.length - 1]})\s+${FIGURE_SOURCE}(?![\p{L}\d,.]*\d)`, 'giud'), kind: c.kind.key });
      } else if (!leadKinds.has(l)) leadKinds.set(l, c.kind.key);
    }
  const leads = [...leadKinds.keys()].sort((a, b) => b.length - a.length).map((w) => literal(w, true));
  return {
    gapped,
    leads: leads.length
      ? { re: pattern(String.raw`(?<![\p{L}\d])(?<tail>${leads.join('|')})\s+${FIGURE_SOURCE}(?![\p{L}\d,.]*\d)`, 'giud'), kinds: leadKinds }
      : undefined,
  };
}

/** Counted nouns of count kinds (kind.nouns) with the figure before them, and figures after lead phrases. */
export function findCounts(sentence: string, scanner: CountScanner): FoundCount[] {
  const out: FoundCount[] = [];
  if (!FIGURE_HINT.test(sentence)) return out;
  if (scanner.nouns.size) {
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(sentence); m; m = FIGURE.exec(sentence)) {
      const [text, hedgeWord, digits, scale] = m;
      if (/^an?$/i.test(digits) && !scale) continue; // "a missile" is not a count claim
      const number = parseStatedNumber(/^an?$/i.test(digits) ? 'one' : digits, scale);
      // People and things are counted in whole numbers: "7.6" before a noun is a magnitude or a rate.
      if (!number || !Number.isInteger(number.value)) continue;
      const noun = nounAfter(sentence, m.index + text.length, scanner.nouns);
      // "…on 13 October 2026 killed nine people": a participle followed by its own figure is a verb whose
      // object that figure is, not the noun the figure before it counts.
      if (!noun || FIGURE_NEXT.test(sentence.slice(noun.end, noun.end + 24))) continue;
      const raw: FoundCount['raw'] = { type: 'quantity', number, unit: 'count', hedge: hedgeOf(hedgeWord) };
      // "four cabin crew" counts part of the crew: a qualified count may differ from the whole without contradicting it.
      const qualifier = [...noun.gap.filter((w) => !PLAIN_GAP.has(w)), ...('place' in noun ? [noun.place] : [])].join(' ');
      if (qualifier) raw.qualifier = qualifier;
      out.push({ start: m.index, end: noun.end, kind: noun.kind, raw });
    }
  }
  const leadPatterns = [
    ...(scanner.leads ? [{ re: scanner.leads.re, kindOf: (lead: string) => scanner.leads!.kinds.get(lead.toLowerCase().replace(/\s+/g, ' ')) }] : []),
    ...scanner.gapped.map((g) => ({ re: g.re, kindOf: () => g.kind })),
  ];
  for (const { re, kindOf } of leadPatterns) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const [, tail, hedgeWord, digits, scale] = m;
      const number = parseStatedNumber(/^an?$/i.test(digits) ? 'one' : digits, scale);
      const kind = kindOf(tail);
      // The quoted span runs from the lead's last words ("rose to 163"): the rest may stand far before.
      const end = m.index + m[0].length;
      const start = m.indices?.groups?.tail?.[0] ?? m.index;
      if (!number || !Number.isInteger(number.value) || !kind || out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, kind, raw: { type: 'quantity', number, unit: 'count', hedge: hedgeOf(hedgeWord) } });
    }
  }
  return out;
}

/** The counted noun within a few words after a figure; two-word nouns ("people aboard") first. */
function nounAfter(sentence: string, from: number, nouns: Map<string, string>) {
  let at = from;
  const gap: string[] = [];
  // "1,247 injured, 212 of them seriously", "six of them in a serious condition": a part of the group just
  // counted, told by its state; "of them" and the few words of a state's phrase narrow nothing more.
  const partitive = PARTITIVE.exec(sentence.slice(from, from + 12));
  if (partitive) at += partitive[0].length;
  for (let i = 0; i <= MAX_GAP_WORDS; i++) {
    const word = wordAt(sentence, at);
    if (!word) return undefined;
    if (partitive && STATE_GAP.has(word.text)) {
      at = word.end;
      continue;
    }
    const next = wordAt(sentence, word.end);
    const pair = next && nouns.get(`${word.text} ${next.text}`);
    if (pair) return { kind: pair, end: next.end, gap };
    const kind = nouns.get(word.text);
    if (kind) return { kind, end: word.end, gap };
    if (WHERE.has(word.text) && gap.some((w) => PEOPLE.has(w))) return placedNoun(sentence, word, nouns, gap);
    if (STOP_WORDS.has(word.text) || /^\d/.test(word.text)) return undefined;
    // "420,000 people had been moved to evacuation centres": where people went says what befell them (and
    // narrows nothing: no qualifier).
    const to = MOVED.has(word.text) ? wordAt(sentence, word.end) : undefined;
    if (to?.text === 'to') {
      at = to.end;
      continue;
    }
    gap.push(word.text);
    at = word.end;
  }
  return undefined;
}

const PARTITIVE = /^\s+of\s+(?:them|whom)\b/i;
const STATE_GAP = new Set(['in', 'a', 'were', 'are', 'was', 'remain', 'remained', 'listed', 'as', 'still', 'reported']);

// "400,000 people in Hainan island were evacuated": where the people were stands between them and what
// befell them. It narrows the count to a place, so it is kept as its qualifier.
const WHERE = new Set(['in', 'across', 'on', 'from', 'at']);
const PEOPLE = new Set(['people', 'persons', 'individuals', 'residents', 'others']);
const MAX_PLACE_WORDS = 4;
const MOVED = new Set(['moved', 'fled', 'taken', 'brought', 'sent', 'went']);
// Words no place phrase holds: where they stand, a clause of its own has begun ("people in the town said they…").
const NOT_PLACE = new Set(['he', 'she', 'they', 'it', 'we', 'who', 'which', 'that', 'whose', 'said', 'say', 'says', 'told', 'and', 'or', 'but']);

/** After "people" and a preposition: a short place phrase, then only plain words ("were") before the noun. */
function placedNoun(sentence: string, preposition: { text: string; end: number }, nouns: Map<string, string>, gap: string[]) {
  const place: string[] = [preposition.text];
  let at = preposition.end;
  let plain = false;
  for (let i = 0; i <= MAX_PLACE_WORDS + MAX_GAP_WORDS; i++) {
    const word = wordAt(sentence, at);
    if (!word || /^\d/.test(word.text)) return undefined;
    const kind = plain || place.length > 1 ? nouns.get(word.text) : undefined;
    if (kind) return { kind, end: word.end, gap, place: place.join(' ') };
    if (PLAIN_GAP.has(word.text) && place.length > 1) plain = true;
    else if (plain || place.length > MAX_PLACE_WORDS || NOT_PLACE.has(word.text)) return undefined;
    else place.push(sentence.slice(at, word.end).trim());
    at = word.end;
  }
  return undefined;
}

function wordAt(sentence: string, from: number): { text: string; end: number } | undefined {
  let at = from;
  while (at < sentence.length && sentence[at] === ' ') at++;
  WORD.lastIndex = at;
  const m = WORD.exec(sentence);
  return m ? { text: m[0].toLowerCase(), end: at + m[0].length } : undefined;
}
