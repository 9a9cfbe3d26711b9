/** Short, unique names for sources: the part of each id before the first "_" when that is unique. */
export function shortNames(ids: string[]): Map<string, string> {
  const head = (id: string) => (id.includes('_') ? id.slice(0, id.indexOf('_')) : id);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(head(id), (counts.get(head(id)) ?? 0) + 1);
  return new Map(ids.map((id) => [id, counts.get(head(id)) === 1 ? head(id) : id]));
}
