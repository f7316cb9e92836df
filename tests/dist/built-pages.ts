/**
 * The built site as files: every HTML page with the URL it is served at, its text and the ids it
 * defines. `dist/` at the root by default; vitest.dist.config.ts also points this at the build
 * under a sub-path (DIST_DIR, BASE_PATH), where every URL starts with the base.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.DIST_DIR ?? 'dist';
export const BASE = process.env.BASE_PATH ?? '/';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file as the URL path it is served at, e.g. `/pivot-point/data/x.csv` under that base. */
export const files = walk(DIST).map((path) => `${BASE}${relative(DIST, path).split('\\').join('/')}`);

export interface Page {
  /** URL path the page is served at, e.g. /articles/x/ */
  url: string;
  file: string;
  html: string;
}

export const pages: Page[] = files
  .filter((file) => file.endsWith('.html') && !file.startsWith(`${BASE}pagefind/`))
  .map((file) => {
    const path = join(DIST, file.slice(BASE.length));
    return { url: file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file, file: path, html: readFileSync(path, 'utf8') };
  });

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}
