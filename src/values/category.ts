import type { CategoryEntry, CategoryValue } from '../model/types.js';
import { namesAgreement } from './naming.js';
import type { Relation, ValueType } from './valueType.js';

// Kinds of thing from a category tree (an IRBM is a ballistic missile), and designations: a name of a
// designation's shape no list places ("Comet-7"), whose family is known and class is not.

/**
 * A hypersonic IRBM is an IRBM and a ballistic missile; an IRBM is not an ICBM. Of a designation no list
 * places ("Comet-7"), only its family is known: another mark of the family ("Comet-8") is another
 * missile; a class ("IRBM") may or may not hold it.
 */
function relateCategories(a: CategoryValue, b: CategoryValue): Relation {
  if (a.id === b.id || a.lineage.includes(b.id) || b.lineage.includes(a.id)) return 'same';
  if (a.designation || b.designation) return familyOf(a.id) === familyOf(b.id) ? 'apart' : a.designation && b.designation ? 'apart' : 'close';
  return 'apart';
}

/** "comet" of "Comet-7": what the members of one family share. */
function familyOf(id: string): string {
  const dash = id.lastIndexOf('-');
  return (dash > 0 ? id.slice(0, dash) : id).toLowerCase();
}

export const category: ValueType<CategoryValue> = {
  name: 'category',
  normalise(raw, { lookups }) {
    const entries = lookups.categories.get(raw.set);
    const entry = entries?.get(raw.id);
    // An unlisted designation ("Comet-7") is its own class, of a family but of no known parent.
    if (entries && !entry && raw.designation) return { type: 'category', id: raw.id, label: raw.id, lineage: [raw.id], designation: true };
    if (!entries || !entry) return undefined;
    const lineage: string[] = [];
    for (let e: CategoryEntry | undefined = entry; e && !lineage.includes(e.id); e = e.parent ? entries.get(e.parent) : undefined) lineage.push(e.id);
    return { type: 'category', id: entry.id, label: entry.label, lineage };
  },
  relate: (a, b) => relateCategories(a, b),
  // Readers see the label ("medium-range ballistic missile"); JSON keeps the id as the value.
  display: (v) => v.label,
  json: (v) => ({ value: v.id }),
  agreement: (mentions) => namesAgreement(mentions, (m) => (m.value as CategoryValue).label, 'name the same kind or a narrower kind of it'),
  // Another kind of thing ("ICBM" for "IRBM") is as often one source's error as another happening: it weighs less than a place.
  evidence: { weighed: true, tellsSubject: true, weight: 1.5, against: 0.75, identityByDefault: true },
};
