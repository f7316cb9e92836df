/** The built site as files: every HTML page with its path, text and the ids it defines. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export const files = walk(DIST).map((path) => `/${relative(DIST, path).split('\\').join('/')}`);

export interface Page {
  /** URL path the page is served at, e.g. /articles/x/ */
  url: string;
  file: string;
  html: string;
}

export const pages: Page[] = files
  .filter((file) => file.endsWith('.html') && !file.startsWith('/pagefind/'))
  .map((file) => ({
    url: file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
    file: join(DIST, file),
    html: readFileSync(join(DIST, file), 'utf8'),
  }));

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}
