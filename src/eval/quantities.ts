// The quantity set: sentences with their expected quantities marked inline, "{about $3.2 billion|3.2e9 USD}",
// and the figures of a reader against them: a found quantity counts when its value (both ends of a range),
// its unit and its quote agree with an expected one. Pure: the caller passes the reader.

/** A quantity as marked in the set, or as a reader found it: offsets into the plain sentence. */
export interface MarkedQuantity {
  start: number;
  end: number;
  text: string;
  value: number;
  /** The upper end of a range ("between 4,000 and 4,500 km"). */
  high?: number;
  /** A unit id (km, USD, percent), a rate ("USD/gallon"), or "count:NOUN" ("count" when no noun is named). */
  unit: string;
}

export interface QuantityCase {
  /** 1-based line of the set file. */
  line: number;
  /** The "## kind" heading above it. */
  kind: string;
  text: string;
  expected: MarkedQuantity[];
}

export interface QuantityMiss {
  line: number;
  /** `missed`: expected and not found; `spurious`: found and not expected. */
  what: 'missed' | 'spurious';
  quantity: MarkedQuantity;
  sentence: string;
}

export interface QuantityCounts {
  expected: number;
  found: number;
  /** Found quantities that agree with an expected one (each expected one counted once). */
  matched: number;
}

export interface QuantityScore extends QuantityCounts {
  precision: number;
  recall: number;
  byKind: Map<string, QuantityCounts>;
  misses: QuantityMiss[];
}

const MARK = /\{([^{}|]+)\|([^{}]+)\}/g;
const VALUE = /^(-?\d+(?:\.\d+)?(?:e\d+)?)(?:\.\.(-?\d+(?:\.\d+)?(?:e\d+)?))?\s+(\S+)$/;

/** Reads a set file; a malformed mark throws with its line. */
export function parseQuantitySet(content: string): QuantityCase[] {
  const cases: QuantityCase[] = [];
  let kind = '';
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('## ')) kind = line.slice(3).trim();
    if (!line || line.startsWith('#')) return;
    const expected: MarkedQuantity[] = [];
    let text = '';
    let last = 0;
    for (const m of line.matchAll(MARK)) {
      text += line.slice(last, m.index);
      const value = VALUE.exec(m[2].trim());
      if (!value) throw new Error(`line ${i + 1}: '${m[2]}' is not 'VALUE UNIT' or 'LOW..HIGH UNIT'`);
      const start = text.length;
      text += m[1];
      expected.push({ start, end: text.length, text: m[1], value: Number(value[1]), ...(value[2] ? { high: Number(value[2]) } : {}), unit: value[3] });
      last = m.index + m[0].length;
    }
    text += line.slice(last);
    if (/[{}]/.test(text)) throw new Error(`line ${i + 1}: an unclosed or empty mark`);
    cases.push({ line: i + 1, kind, text, expected });
  });
  return cases;
}

/** Scores a reader on every sentence of the set. */
export function scoreQuantities(cases: QuantityCase[], read: (sentence: string) => MarkedQuantity[]): QuantityScore {
  const total: QuantityCounts = { expected: 0, found: 0, matched: 0 };
  const byKind = new Map<string, QuantityCounts>();
  const misses: QuantityMiss[] = [];
  for (const c of cases) {
    const found = read(c.text);
    const used = new Set<number>();
    let matched = 0;
    for (const e of c.expected) {
      const at = found.findIndex((f, i) => !used.has(i) && agree(e, f));
      if (at >= 0) {
        used.add(at);
        matched++;
      } else misses.push({ line: c.line, what: 'missed', quantity: e, sentence: c.text });
    }
    found.forEach((f, i) => used.has(i) || misses.push({ line: c.line, what: 'spurious', quantity: f, sentence: c.text }));
    const counts = byKind.get(c.kind) ?? { expected: 0, found: 0, matched: 0 };
    for (const n of [counts, total]) {
      n.expected += c.expected.length;
      n.found += found.length;
      n.matched += matched;
    }
    byKind.set(c.kind, counts);
  }
  return { ...total, ...ratios(total), byKind, misses };
}

const ratios = (n: QuantityCounts) => ({
  precision: n.found ? n.matched / n.found : 1,
  recall: n.expected ? n.matched / n.expected : 1,
});

/** The quotes overlap, and value, upper end and unit agree. */
function agree(e: MarkedQuantity, f: MarkedQuantity): boolean {
  return f.start < e.end && e.start < f.end && close(e.value, f.value) && close(e.high, f.high) && sameUnit(e.unit, f.unit);
}

// Thirds are written to two decimals ("66.67 percent").
const close = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? a === b : Math.abs(a - b) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b));

/** Units agree part by part; a count agrees with a count of the same noun, or with one that names none. */
export function sameUnit(a: string, b: string): boolean {
  const pa = a.split('/');
  const pb = b.split('/');
  return pa.length === pb.length && pa.every((p, i) => samePart(p, pb[i]));
}

function samePart(a: string, b: string): boolean {
  const [ua, na] = a.split(':');
  const [ub, nb] = b.split(':');
  if (ua.toLowerCase() !== ub.toLowerCase()) return false;
  return na === undefined || nb === undefined || sameNoun(na.toLowerCase(), nb.toLowerCase());
}

/** Crudely one noun in the singular and the plural: "houses" and "house", "buses" and "bus"; "people" alone. */
const sameNoun = (a: string, b: string) => [`${a}s`, `${a}es`, a].includes(b) || [`${b}s`, `${b}es`].includes(a);

/** The figure line and, when asked, every miss, as text. */
export function formatQuantityScore(score: QuantityScore, misses = true): string {
  const pct = (x: number) => x.toFixed(3);
  const line = (name: string, n: QuantityCounts) => {
    const r = ratios(n);
    return `${name.padEnd(16)} precision ${pct(r.precision)} (${n.matched}/${n.found})  recall ${pct(r.recall)} (${n.matched}/${n.expected})`;
  };
  const out = [line('all', score), ...[...score.byKind].map(([k, n]) => line(k, n))];
  if (misses)
    for (const m of score.misses) {
      const q = m.quantity;
      const value = q.high === undefined ? `${q.value}` : `${q.value}..${q.high}`;
      out.push(`  line ${m.line} ${m.what}: "${q.text}" ${value} ${q.unit}   in: ${m.sentence}`);
    }
  return out.join('\n');
}
