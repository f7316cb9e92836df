/** A throwaway copy of this project, sharing its packages, for running the real Astro on broken content. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const project = resolve('.');
/**
 * The pinned binaries first, so `astro` runs on the project's Node 22; and none of Vitest's variables
 * (NODE_ENV=test, VITEST...), under which Astro would not behave as it does for a contributor.
 */
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
export const env = { ...inherited, PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };

/** Folders under node_modules/ that builds write to (Astro's, Vite's and this site's caches). */
const CACHES = new Set(['.astro', '.cache', '.vite', '.vite-temp']);

export function projectCopy(): { root: string; edit: (file: string, change: (text: string) => string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'pivot-point-copy-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  // The packages are shared, the caches are not: Astro saves its data store through a temporary file of
  // fixed name (node_modules/.astro/data-store.json.tmp), so two Astro processes on one cache folder can
  // rename each other's file away, and a broken copy's content must not reach the project's caches.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(project, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  return { root, edit };
}
