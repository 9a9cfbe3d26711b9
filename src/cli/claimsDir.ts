import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTED_SUBFOLDER } from './extracted/format.js';

const LOCAL_CLAIMS = 'claims';

/**
 * The claim definitions a run uses without --claims: ./claims when it exists, else the bundled ones; but a
 * ./claims folder holding nothing but the extracted/ folder `verify extract` made there is no set of definitions,
 * and extracting claims must not make the next run look for definitions in it.
 */
export function defaultClaimsDir(packageRoot: string): string {
  if (!existsSync(LOCAL_CLAIMS)) return join(packageRoot, 'claims');
  try {
    const entries = statSync(LOCAL_CLAIMS).isDirectory() ? readdirSync(LOCAL_CLAIMS).filter((name) => !name.startsWith('.')) : [];
    return entries.length === 1 && entries[0] === EXTRACTED_SUBFOLDER ? join(packageRoot, 'claims') : LOCAL_CLAIMS;
  } catch {
    return LOCAL_CLAIMS; // unreadable: reading the definitions will say so, naming the folder
  }
}
