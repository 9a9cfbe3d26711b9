// The `places:` section: canonical names, their aliases, time zones, containment and adjacency.
import type { PlaceEntry } from '../model/types.js';
import type { Node } from '../util/yamlNode.js';
import type { Registry } from './registry.js';
import { MAX_ALIASES_PER_FILE, MIN_PHRASE_CHARS } from './limits.js';
import { phrase, phraseKey } from './text.js';

const PLACE_FIELDS = ['name', 'aliases', 'timeZone', 'within', 'adjoins'] as const;

/** A place plus its `within` and `adjoins` items, resolved once every file is read. */
export interface PlaceRef {
  place: PlaceEntry;
  node: Node;
  within: Node[];
  adjoins: Node[];
}

/** Names and aliases share one registry: a phrase must lead to exactly one place. */
export function readPlaces(section: Node, names: Registry): PlaceRef[] {
  const count = { aliases: 0 };
  return section.list('places').map((item) => readPlace(item, names, count));
}

function readPlace(item: Node, names: Registry, count: { aliases: number }): PlaceRef {
  const f = item.fields(PLACE_FIELDS, 'a place');
  const nameNode = f.require('name', 'a place');
  const name = phrase(nameNode, 'name', MIN_PHRASE_CHARS, false);
  names.add(phraseKey(name), name, nameNode);
  const place: PlaceEntry = { name, aliases: [] };

  const aliasesNode = f.get('aliases');
  for (const n of aliasesNode ? aliasesNode.list('aliases') : []) {
    if (++count.aliases > MAX_ALIASES_PER_FILE) {
      n.fail(`more than ${MAX_ALIASES_PER_FILE} aliases in one file (the limit); split the places over several files`);
    }
    const alias = phrase(n, 'alias', MIN_PHRASE_CHARS, false);
    names.add(phraseKey(alias), alias, n);
    place.aliases.push(alias);
  }

  const zoneNode = f.get('timeZone');
  if (zoneNode) place.timeZone = timeZone(zoneNode);
  const withinNode = f.get('within');
  const adjoinsNode = f.get('adjoins');
  return { place, node: nameNode, within: withinNode ? withinNode.list('within') : [], adjoins: adjoinsNode ? adjoinsNode.list('adjoins') : [] };
}

// Checked through Intl so a typo fails at load rather than as a wrong local time later. Building a formatter
// per zone costs ~0.2 ms each (far more for the first), so the engine's zone list answers first and a
// formatter only settles names missing from it (newer or older spellings such as Europe/Kyiv).
let knownZones: Set<string> | undefined;
const checkedZones = new Map<string, boolean>();

function timeZone(node: Node): string {
  const zone = node.str('timeZone');
  knownZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  let ok = knownZones.has(zone) || checkedZones.get(zone);
  if (ok === undefined) {
    try {
      // Intl also takes legacy abbreviations (EST) and offsets; a place's zone should be a region with DST rules.
      ok = zone.includes('/') || zone === 'UTC';
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      ok = false;
    }
    checkedZones.set(zone, ok);
  }
  if (!ok) node.fail(`unknown time zone '${zone}': expected an IANA zone such as Asia/Seoul or America/New_York`);
  return zone;
}
