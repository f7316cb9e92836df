/**
 * A minimal static server for `dist/`, used by the browser tests so they never
 * collide with a developer's own `npm start` (Astro allows one preview server
 * per project). Serves directory indexes, 404.html with status 404, and the
 * content types the site uses. With a base path it serves the site under it, as GitHub Pages serves
 * a project site, and answers 404 outside it.
 *
 *   tsx scripts/serve-dist.ts [port] [dir] [base]     e.g. 4330 dist-subpath /pivot-point/
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4329);
const root = resolve(process.argv[3] ?? 'dist');
const base = process.argv[4] ?? '/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function fileFor(pathname: string): string | undefined {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, safe), join(root, safe, 'index.html')];
  return candidates.find((path) => path.startsWith(root) && statSync(path, { throwIfNoEntry: false })?.isFile());
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = pathname.startsWith(base) ? fileFor(pathname.slice(base.length - 1)) : undefined;
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  // As GitHub Pages does: a page's stylesheet, fonts and scripts are not fetched again on the next page for ten minutes.
  response.writeHead(status, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
