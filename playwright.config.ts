import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';
import { SUBPATH } from './scripts/subpath.ts';

/**
 * Browser tests run against the built site (`dist/`, built by `npm test` just
 * before), in the Chromium that scripts/chromium.ts finds (never a download).
 */
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // The build has finished when these run, so both cores are free for two browsers.
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A trace snapshots the DOM at every action: on chart pages that tripled the axe walk's time.
    // To debug a failure, run it again with `npx playwright test <file> --trace on`.
    trace: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  // One project: the sub-path build's tests (subpath.spec.ts) address its server directly, so they share the
  // workers and browsers of the rest.
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `tsx scripts/serve-dist.ts ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `tsx scripts/serve-dist.ts ${SUBPATH.port} ${SUBPATH.dir} ${SUBPATH.base}`,
      // Ready when it listens: `check:pr --browser` builds no dist-subpath/ (and skips subpath.spec.ts).
      port: SUBPATH.port,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
