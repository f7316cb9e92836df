import { defineConfig } from 'vitest/config';
import { SUBPATH } from './scripts/subpath.ts';

/**
 * Checks of the built site (run after `npm run build` and `npm run build:subpath`): every test runs on
 * dist/, and the link, HTML and download gates run again on the build under a sub-path.
 */
// `npm test` runs these beside the size budget, the sub-path build and `astro check`, so a page can wait its
// turn on a busy machine well past Vitest's 5 s default: a hung check still fails, after a minute.
const testTimeout = 60_000;

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'root', include: ['tests/dist/**/*.test.ts'], testTimeout } },
      {
        test: {
          name: 'subpath',
          testTimeout,
          include: ['tests/dist/links.test.ts', 'tests/dist/html-valid.test.ts', 'tests/dist/downloads.test.ts'],
          env: { DIST_DIR: SUBPATH.dir, BASE_PATH: SUBPATH.base, SITE_URL: SUBPATH.url },
        },
      },
    ],
  },
});
