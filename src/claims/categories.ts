// The `categories:` section: named trees of categories (missile types) and the phrases that name each one.
import type { CategoryEntry, CategorySet } from '../model/types.js';
import type { Node } from '../util/yamlNode.js';
import { Registry } from './registry.js';
import { MIN_PHRASE_CHARS } from './limits.js';
import { CATEGORY_ID, identifier, phrase, phraseKey, SLUG } from './text.js';

const SET_FIELDS = ['set', 'description', 'entries', 'designations'] as const;
const ENTRY_FIELDS = ['id', 'label', 'names', 'parent'] as const;

/** A set plus each entry's `parent` node, checked once the whole set is read. */
export interface SetRef {
  set: CategorySet;
  parents: Map<string, Node>;
}

export function readCategories(section: Node, sets: Registry): SetRef[] {
  return section.list('categories').map((item) => readSet(item, sets));
}

function readSet(item: Node, sets: Registry): SetRef {
  const f = item.fields(SET_FIELDS, 'a category set');
  const nameNode = f.require('set', 'a category set');
  const name = identifier(nameNode, 'set', SLUG, 'a lower-case name such as missile-type');
  // One set is defined in one place, so its tree can be read (and its cycles found) as a whole.
  sets.add(name, name, nameNode);
  f.get('description')?.str('description');

  const entriesNode = f.require('entries', `category set '${name}'`);
  const ref: SetRef = { set: { name, entries: [] }, parents: new Map() };
  if (f.get('designations')?.bool('designations')) ref.set.designations = true;
  const ids = new Registry(`category id in set '${name}'`);
  const names = new Registry(`category name in set '${name}'`);
  for (const entryNode of entriesNode.list('entries')) {
    const { entry, parentNode } = readEntry(entryNode, ids, names);
    ref.set.entries.push(entry);
    if (parentNode) ref.parents.set(entry.id, parentNode);
  }
  if (ref.set.entries.length === 0) entriesNode.fail(`category set '${name}' has no entries`);
  return ref;
}

function readEntry(item: Node, ids: Registry, names: Registry) {
  const f = item.fields(ENTRY_FIELDS, 'a category');
  const idNode = f.require('id', 'a category');
  const id = identifier(idNode, 'id', CATEGORY_ID, 'letters, digits and hyphens such as IRBM or hypersonic-IRBM');
  ids.add(id, id, idNode);
  const what = `category '${id}'`;
  const label = phrase(f.require('label', what), 'label', 1, false);

  // A phrase naming two categories of one set would make the matcher guess; across sets it is fine.
  const entry: CategoryEntry = { id, label, names: [] };
  const namesNode = f.require('names', what);
  for (const n of namesNode.list('names')) {
    const name = phrase(n, 'category name', MIN_PHRASE_CHARS, true);
    names.add(phraseKey(name), name, n);
    entry.names.push(name);
  }
  if (entry.names.length === 0) namesNode.fail(`${what} needs at least one name`);

  const parentNode = f.get('parent');
  if (parentNode) entry.parent = identifier(parentNode, 'parent', CATEGORY_ID, 'the id of another category in this set');
  return { entry, parentNode };
}
