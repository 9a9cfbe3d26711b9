// Names that must be unique across every claims file; the first definition wins and later ones fail naming it.
import type { Node } from '../util/yamlNode.js';

export class Registry {
  private readonly first = new Map<string, { node: Node; shown: string }>();

  constructor(private readonly what: string) {}

  /** Records `key` (already normalized) for `node`; fails when another node holds it. */
  add(key: string, shown: string, node: Node): void {
    const prior = this.first.get(key);
    if (prior) {
      const again = prior.shown === shown ? `'${shown}'` : `'${shown}' (same as '${prior.shown}')`;
      node.fail(`duplicate ${this.what} ${again}: first defined at ${prior.node.file.path}:${prior.node.line()}`);
    }
    this.first.set(key, { node, shown });
  }

  get(key: string): { node: Node; shown: string } | undefined {
    return this.first.get(key);
  }

  keys(): string[] {
    return [...this.first.keys()];
  }
}
