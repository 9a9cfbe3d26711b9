// The claims loader: turns the YAML files of claims/ into Knowledge, or fails with the first problem as
// `file:line: message`. Pure: the CLI reads the files (sorted by name) and passes their text in.
import type { Knowledge, Pack, Unit } from '../model/types.js';
import { InputError } from '../util/errors.js';
import { parseYaml } from '../util/yaml.js';
import { readCategories, type SetRef } from './categories.js';
import { checkKinds, checkParents, checkPlaces } from './crossref.js';
import { phrases, readKinds, type KindRef } from './kinds.js';
import { MAX_FILE_CHARS } from './limits.js';
import { Locator } from '../util/yamlLocate.js';
import { Node, SourceFile } from '../util/yamlNode.js';
import { readPlaces, type PlaceRef } from './places.js';
import { Registry } from './registry.js';
import { rejectReservedKeys } from './reserved.js';
import { identifier, SLUG } from './text.js';
import { readUnits } from './units.js';

export { MAX_ALIASES_PER_FILE, MAX_FILE_CHARS, MAX_LIST_ITEMS, MAX_PHRASE_CHARS, MIN_PHRASE_CHARS } from './limits.js';

const FILE_FIELDS = ['pack', 'description', 'topic', 'happenings', 'kinds', 'units', 'places', 'categories'] as const;

/** Everything read so far; uniqueness holds across files, and references resolve after the last file. */
class Loading {
  readonly kinds: KindRef[] = [];
  readonly packs: Pack[] = [];
  readonly packNames = new Registry('pack');
  readonly units: Unit[] = [];
  readonly places: PlaceRef[] = [];
  readonly sets: SetRef[] = [];
  readonly kindKeys = new Registry('kind key');
  readonly unitIds = new Registry('unit id');
  readonly unitNames = new Registry('unit name');
  readonly placeNames = new Registry('place name or alias');
  readonly setNames = new Registry('category set');
}

export function loadKnowledge(files: { path: string; content: string }[]): Knowledge {
  const state = new Loading();
  for (const file of files) readFile(file.path, file.content, state);
  checkKinds(state.kinds, state.units, state.sets);
  checkPlaces(state.places);
  checkParents(state.sets);
  return {
    packs: state.packs,
    kinds: state.kinds.map((k) => k.kind),
    places: state.places.map((p) => p.place),
    categories: state.sets.map((s) => s.set),
    units: state.units,
  };
}

function readFile(path: string, content: string, state: Loading): void {
  if (content.length > MAX_FILE_CHARS) {
    throw new InputError(`claims file has ${content.length} characters; the limit is ${MAX_FILE_CHARS}`, path);
  }
  const doc = parseYaml(content, path);
  // A file of only comments defines nothing; that is allowed (a placeholder pack).
  if (doc === undefined || doc === null) return;
  rejectReservedKeys(doc, content, path);

  const file = new SourceFile(path, () => new Locator(content));
  const root = new Node(file, doc, '', () => file.loc.root());
  const f = root.fields(FILE_FIELDS, 'a claims file');
  const packNode = f.get('pack');
  const pack = packNode ? identifier(packNode, 'pack', SLUG, 'a lower-case name such as missile') : undefined;
  f.get('description')?.str('description');
  const topic = f.get('topic');
  if (topic && !pack) topic.fail('topic words need a pack name (pack: ...) in the same file');
  const happenings = f.get('happenings');
  if (happenings && !pack) happenings.fail('happenings need a pack name (pack: ...) in the same file');
  if (pack && packNode) {
    state.packNames.add(pack, pack, packNode);
    state.packs.push({
      name: pack,
      topic: topic ? phrases(topic, 'topic word') : [],
      ...(happenings ? { happenings: phrases(happenings, 'happening noun') } : {}),
    });
  }

  // Sections are read in a fixed order whatever their order in the file, so "first defined at" is stable;
  // references between sections and files are checked after the last file.
  const units = f.get('units');
  if (units) state.units.push(...readUnits(units, { ids: state.unitIds, names: state.unitNames }));
  const categories = f.get('categories');
  if (categories) state.sets.push(...readCategories(categories, state.setNames));
  const places = f.get('places');
  if (places) state.places.push(...readPlaces(places, state.placeNames));
  const kinds = f.get('kinds');
  if (kinds) {
    const read = readKinds(kinds, state.kindKeys);
    if (pack) for (const k of read) k.kind.pack = pack;
    state.kinds.push(...read);
  }
}
