/**
 * The tests' Chromium switches (scripts/chromium.ts) pass one `--disable-features`, and Chromium keeps only
 * the last such switch: ours replaces the one Playwright adds, so it must carry every feature Playwright
 * disables. When an upgrade of Playwright changes its list, this says what to add.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium.ts';

/** The features Playwright's own launch disables, read from its bundle (chromiumSwitches.ts there). */
function playwrightDisabled(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib/coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  expect(list, 'playwright-core no longer lists disabledFeatures where this test reads it: check scripts/chromium.ts by hand').toBeDefined();
  return [...list!.matchAll(/^\s*"([^"]+)"/gm)].map((match) => match[1]!);
}

test("the tests' Chromium disables every feature Playwright disables, in its one --disable-features switch", () => {
  const switches = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='));
  expect(switches).toHaveLength(1);
  const ours = switches[0]!.slice('--disable-features='.length).split(',');
  const theirs = playwrightDisabled();
  expect(theirs.length).toBeGreaterThan(5);
  expect(theirs.filter((feature) => !ours.includes(feature)), 'add these to PLAYWRIGHT_DISABLED in scripts/chromium.ts').toEqual([]);
});
