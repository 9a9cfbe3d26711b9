// Designations a category set does not list ("Comet-7", "Pukguksong-6"): a capitalised family name, a
// hyphen and a mark. A name, not a figure: "Comet-7" is no count of seven.

// Linear: one run of letters, a hyphen, one run of digits and an optional letter, bounded on both sides.
const DESIGNATION = /(?<![\p{L}\d-])(\p{Lu}[\p{L}]{1,15})-(\d{1,4}[A-Z]?)(?![\p{L}\d-])/gu;
// Capitalised words that head no designation: "Category-4" is a class, "COVID-19" no weapon.
const NOT_FAMILIES = new Set(['Category', 'Cat', 'Level', 'Phase', 'Stage', 'Type', 'Class', 'Covid', 'COVID', 'Flight', 'Route', 'Highway', 'Interstate', 'Terminal', 'Gate', 'Runway']);

export interface FoundDesignation {
  start: number;
  end: number;
  /** As written, the canonical id of an unlisted designation. */
  id: string;
}

/** Designation-shaped names in `text` outside the spans already taken (listed category names). */
export function findDesignations(text: string, taken: { start: number; end: number }[]): FoundDesignation[] {
  const out: FoundDesignation[] = [];
  DESIGNATION.lastIndex = 0;
  for (let m = DESIGNATION.exec(text); m; m = DESIGNATION.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_FAMILIES.has(m[1]) || taken.some((t) => start < t.end && t.start < end)) continue;
    out.push({ start, end, id: m[0] });
  }
  return out;
}
