/**
 * The build the tests make of the site as a GitHub Pages project site: under /pivot-point/, written to
 * dist-subpath/ and served on its own port. Shared by `npm run build:subpath`, the built-site gates
 * (vitest.dist.config.ts) and the browser smoke test (playwright.config.ts).
 *
 *   tsx scripts/subpath.ts      builds it (npm run build:subpath)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SUBPATH = { dir: 'dist-subpath', base: '/pivot-point/', port: 4330, url: 'http://127.0.0.1:4330/pivot-point/' } as const;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = spawnSync('astro', ['build', '--outDir', SUBPATH.dir], { stdio: 'inherit', env: { ...process.env, SITE_URL: SUBPATH.url } });
  process.exit(result.status ?? 1);
}
