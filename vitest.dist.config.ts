import { defineConfig } from 'vitest/config';
import { SUBPATH } from './scripts/subpath.ts';

/**
 * Checks of the built site (run after `npm run build` and `npm run build:subpath`): every test runs on
 * dist/, and the link and HTML gates run again on the build under a sub-path.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'root', include: ['tests/dist/**/*.test.ts'] } },
      {
        test: {
          name: 'subpath',
          include: ['tests/dist/links.test.ts', 'tests/dist/html-valid.test.ts'],
          env: { DIST_DIR: SUBPATH.dir, BASE_PATH: SUBPATH.base, SITE_URL: SUBPATH.url },
        },
      },
    ],
  },
});
