/**
 * The one content index of a build, shared by the integration (which builds and checks it before
 * Astro starts), the dataset loader and every page and endpoint. They live in separately bundled
 * copies of this module, so the index is handed over on `globalThis` under one well-known key.
 *
 * In `astro dev` the index is rebuilt when a file under content/ changes (a cheap stat of every
 * file), and a content problem is thrown as ContentErrors: the overlay and the terminal name the
 * article file and line, and the page answers 500 instead of a truncated 200.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type Catalog } from '../catalog/catalog.ts';
import { ContentErrors } from '../model/errors.ts';

interface Held {
  root: string;
  drafts: boolean;
  watch: boolean;
  /** Set when watching (dev): the content files' sizes and times when the index was built. */
  fingerprint?: string;
  catalog: Catalog;
}

const KEY = Symbol.for('pivot-point.content-index');
const holder = globalThis as { [KEY]?: Held };

/** Sizes and modification times of every file under content/: changes when any file does. */
function fingerprint(root: string): string {
  const dir = join(root, 'content');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

export interface IndexOptions {
  root: string;
  /** Drafts are shown (the dev server). */
  drafts: boolean;
  /** Rebuild when content changes (the dev server). */
  watch: boolean;
}

/** Build the index for `root`, or return the one already built if nothing changed. Never throws for content. */
export function loadIndex({ root, drafts, watch }: IndexOptions): Catalog {
  const held = holder[KEY];
  const print = watch ? fingerprint(root) : undefined;
  if (held && held.root === root && held.drafts === drafts && held.fingerprint === print) return held.catalog;
  const catalog = buildCatalog(root, { drafts });
  holder[KEY] = { root, drafts, watch, ...(print ? { fingerprint: print } : {}), catalog };
  return catalog;
}

/**
 * The index for pages and endpoints: the one the integration built, kept current in dev. Throws
 * ContentErrors when the content has problems (the integration stops a build before this).
 */
export function getIndex(): Catalog {
  const held = holder[KEY];
  // Without an index from the integration (a page rendered on its own), build one for the working directory.
  const dev = held?.watch ?? import.meta.env?.DEV === true;
  const catalog = loadIndex({ root: held?.root ?? process.cwd(), drafts: held?.drafts ?? dev, watch: dev });
  if (catalog.errors.length > 0) throw new ContentErrors(catalog.errors);
  return catalog;
}

/** The project root the index was built for (where `content/` and `node_modules/` are). */
export function indexRoot(): string {
  return holder[KEY]?.root ?? process.cwd();
}
