import type { PlaceValue } from '../model/types.js';
import { namesAgreement } from './naming.js';
import type { Relation, ValueType } from './valueType.js';

// Places: a canonical name from the place list with what it lies within and borders, or a name the list does
// not know, whose relation to other places is unknown.

/**
 * A place agrees with any place that contains it or that it contains (Kanggye lies in North Korea), and with one
 * the place list says it borders (Okushiri Island and the Sea of Japan). A place given by where it lies from
 * another ("the sea west of Kelp Island") is near its reference, not at it: it agrees with what its reference
 * agrees with, and nothing says it is not another place near (it may be "the Sea of X").
 */
function relatePlaces(a: PlaceValue, b: PlaceValue): Relation {
  const named = relateNamedPlaces(a, b);
  return named === 'apart' && (a.relative || b.relative) ? 'close' : named;
}

/** How the places named relate, whatever lies near them. */
function relateNamedPlaces(a: PlaceValue, b: PlaceValue): Relation {
  if (a.name === b.name || a.within.includes(b.name) || b.within.includes(a.name)) return 'same';
  // Places that border each other (a sea and an island's coast) are where one happening is told from either side.
  if (a.adjoins?.includes(b.name) || b.adjoins?.includes(a.name)) return 'same';
  // A place the list does not know may lie in or near any other: only its own name can agree with it.
  if (a.unlisted || b.unlisted) return nameOverlap(a.name, b.name) ? 'same' : 'close';
  return 'apart';
}

function nameOverlap(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/** "Sea of Japan"; "W of Kelp Island", "off Padang": the place named is where something lies from. */
function displayPlace(value: PlaceValue): string {
  return value.relative === undefined ? value.name : `${value.relative}${value.relative === 'off' ? '' : ' of'} ${value.name}`;
}

export const place: ValueType<PlaceValue> = {
  name: 'place',
  normalise(raw, { lookups }) {
    const relative = raw.relative ? { relative: raw.relative } : {};
    if (raw.unlisted) return { type: 'place', name: raw.name, within: [], unlisted: true, ...relative };
    const adjoins = lookups.placeAdjoins.get(raw.name);
    return {
      type: 'place',
      name: raw.name,
      within: lookups.placeWithin.get(raw.name) ?? [],
      ...(lookups.placeZone.has(raw.name) ? { timeZone: lookups.placeZone.get(raw.name) } : {}),
      ...(adjoins ? { adjoins } : {}),
      ...relative,
    };
  },
  relate: (a, b) => relatePlaces(a, b),
  display: displayPlace,
  json: (v) => ({ value: v.name }),
  agreement(mentions) {
    const near = mentions.some((m) => m.value.type === 'place' && m.value.relative);
    return namesAgreement(mentions, (m) => displayPlace(m.value as PlaceValue), `name the same place or places within one another${near ? ', or lie near them' : ''}`);
  },
  // Another place says another happening, but a same-day event outweighs it (then it is a conflict within the event).
  evidence: { weighed: true, tellsSubject: true, weight: 1, against: 1.5, identityByDefault: true },
};
