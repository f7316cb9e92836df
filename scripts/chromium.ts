/**
 * Which Chromium the browser tests and the font budget launch, and how. Our machines cannot download browsers:
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own (undefined: a contributor with
 * internet who ran `npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * As root in a container (no sandbox, no GPU, a small /dev/shm), without Chromium's background services.
 * `--max-opt=1` keeps V8 to its baseline compiler: a test loads a page, runs axe-core or a few lines once
 * and leaves, and the optimising compilers spent as much CPU again compiling that code on the other core
 * (axe on an article page: 0.44 s of renderer CPU against 0.92 s; the whole walk, 95 s against 125 s).
 * What a test sees is the same: the compiler tier changes speed, not behaviour.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--max-opt=1',
];
