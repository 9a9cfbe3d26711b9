// Our claim patterns match words in any letter case and letters of any script (\p{L}). With both the `i` and the `u`
// flag, V8 compiles every letter class closed under Unicode case folding, which made compiling the patterns a short
// run uses ~30 ms slower (measured: 172 patterns 66 ms with `i`, 36 ms without). So a pattern is written out in both
// cases instead ("km" as "[kK\u212A][mM]") and compiled without `i`: the same matches, cheaper to compile.

/** Other letters the `iu` flags match for an ASCII letter (simple case folding): the Kelvin sign, the long s. */
const FOLDS: Record<string, string> = { k: '\u212A', s: '\u017F' };

const variantsOf = new Map<string, string>();

/** The letters that match `c` regardless of case: itself, its other case, and any folding variant. */
function variants(c: string): string {
  let known = variantsOf.get(c);
  if (known === undefined) variantsOf.set(c, (known = letterVariants(c)));
  return known;
}

function letterVariants(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  let out = c;
  for (const v of [lower, upper, FOLDS[lower] ?? '']) if (v && [...v].length === 1 && !out.includes(v)) out += v;
  return out;
}

const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase();

// Under `iu` a word character (\w, and so \b) also takes the letters that fold to one: the long s, the Kelvin sign.
const WORD = String.raw`[\w\u017F\u212A]`;
const WORD_ESCAPES: Record<string, string> = {
  [String.raw`\w`]: WORD,
  [String.raw`\W`]: String.raw`[^\w\u017F\u212A]`,
  [String.raw`\b`]: `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`,
  [String.raw`\B`]: `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`,
};

/** Length of the escape sequence starting at `i` (a backslash): `\d`, `\p{L}`, `\u00e9`, `\u{1F600}`, `\k<name>`. */
function escapeLength(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') return source.indexOf('}', i) - i + 1;
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  if (next === 'k' && source[i + 2] === '<') return source.indexOf('>', i) - i + 1;
  return 2;
}

/** A character class's content with every letter's other cases added: `a-z` gains `A-Z`, `p` gains `P`. */
function caselessClass(content: string): string {
  let extra = '';
  for (let i = 0; i < content.length; ) {
    if (content[i] === '\\') {
      if (content.startsWith(String.raw`\w`, i)) extra += '\u017F\u212A';
      i += escapeLength(content, i);
      continue;
    }
    const c = content[i];
    if (content[i + 1] === '-' && i + 2 < content.length && content[i + 2] !== '\\') {
      // A range: ASCII letter ranges gain their other case; a range across other characters is left as written.
      const to = content[i + 2];
      if (/[a-z]/.test(c) && /[a-z]/.test(to)) extra += `${c.toUpperCase()}-${to.toUpperCase()}`;
      else if (/[A-Z]/.test(c) && /[A-Z]/.test(to)) extra += `${c.toLowerCase()}-${to.toLowerCase()}`;
      for (const [letter, fold] of Object.entries(FOLDS))
        if (letter >= c.toLowerCase() && letter <= to.toLowerCase() && /[a-z]/i.test(c)) extra += fold;
      i += 3;
      continue;
    }
    if (isCased(c)) extra += [...variants(c)].slice(1).join('');
    i++;
  }
  // Added first, after a leading '-', so that nothing added meets a '-' that would make it a range.
  return content.startsWith('-') ? `-${extra}${content.slice(1)}` : extra + content;
}

// The parts of a pattern source the rewrite looks at, found in one native pass (a short run rewrites ~30 patterns
// of up to 2,000 characters): an escape, a character class, a group name, a letter. Linear: every alternative
// inside a repetition starts with its own character.
const ESCAPE = String.raw`\\(?:[pPu]\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[^])`;
const PARTS = new RegExp(String.raw`${ESCAPE}|\[\^?(?:${ESCAPE}|[^\]\\])*\]|\(\?<(?![=!])[^>]*>|\p{L}`, 'gu');

/**
 * A regular expression source that, compiled without the `i` flag, matches what `source` matches with it (under
 * `u`): every letter outside a class becomes a class of its cases, every class gains its letters' other cases.
 * Escapes (`\p{L}`, `\d`), group names and quantifiers are kept. For letters beyond ASCII the other cases are the
 * letter's lower and upper case, which covers the Latin letters names and units are written in.
 */
export function caseless(source: string): string {
  return source.replace(PARTS, (part) => {
    if (part[0] === '\\') return WORD_ESCAPES[part] ?? part;
    if (part[0] === '[') {
      const negated = part[1] === '^';
      return `[${negated ? '^' : ''}${caselessClass(part.slice(negated ? 2 : 1, -1))}]`;
    }
    if (part[0] === '(') return part; // a group's name is not text to match
    const v = variants(part);
    return v.length > 1 ? `[${v}]` : part;
  });
}

/** `new RegExp(source, flags)`, with an `i` under `u` compiled the cheaper way above. */
export function pattern(source: string, flags: string): RegExp {
  return flags.includes('i') && flags.includes('u') ? new RegExp(caseless(source), flags.replace('i', '')) : new RegExp(source, flags);
}

/** A literal phrase as pattern source; with `spaces`, each space matches any run of white space ("landing  gear"). */
export function literal(text: string, spaces = false): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return spaces ? escaped.replace(/ /g, String.raw`\s+`) : escaped;
}
