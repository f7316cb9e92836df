import { defineConfig } from 'vitest/config';

/** Checks of the built site in dist/ (run after `npm run build`): links, HTML validity. */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
  },
});
