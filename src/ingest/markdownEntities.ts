// Markdown may carry HTML entities; HTML files get theirs decoded by the parser instead.

/** Named entities common in scraped news copy; an unknown name stays literal text. */
const NAMED_ENTITIES = new Map<string, string>(Object.entries({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ', // a plain space: extraction patterns match ' ' between a figure and its unit
  shy: '', // soft hyphens would split words
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
}));

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/y;
const MAX_CODE_POINT = 0x10ffff;
const REPLACEMENT = '\uFFFD';

function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > MAX_CODE_POINT || (cp >= 0xd800 && cp <= 0xdfff)) return REPLACEMENT;
  return cp === 0xa0 ? ' ' : String.fromCodePoint(cp);
}

/** The entity starting at `at` and what it decodes to, or undefined when there is none. */
export function entityAt(text: string, at: number): { length: number; decoded: string } | undefined {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(text);
  if (!m) return undefined;
  if (m[1] !== undefined) return { length: m[0].length, decoded: fromCodePoint(Number(m[1])) };
  if (m[2] !== undefined) return { length: m[0].length, decoded: fromCodePoint(parseInt(m[2], 16)) };
  const named = NAMED_ENTITIES.get(m[3]);
  return named === undefined ? undefined : { length: m[0].length, decoded: named };
}
