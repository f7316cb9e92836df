/**
 * The tests' Chromium switches (scripts/chromium.ts) pass one `--disable-features`, and Chromium keeps only
 * the last such switch: ours replaces the one Playwright adds, so it must carry every feature Playwright
 * disables. When an upgrade of Playwright changes its list, this says what to add.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium.ts';

/** The features Playwright's own launch disables, read from its bundle (chromiumSwitches.ts there). */
function playwrightDisabled(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = join(root, 'lib/coreBundle.js');
  const where = 'check scripts/chromium.ts against chromiumSwitches.ts by hand';
  expect(existsSync(bundle), `${bundle} is gone: ${where}`).toBe(true);
  const text = readFileSync(bundle, 'utf8');
  const start = text.indexOf('disabledFeatures = [');
  const end = text.indexOf('].filter(Boolean)', start);
  expect(start >= 0 && end > start, `playwright-core no longer lists disabledFeatures as this test reads it: ${where}`).toBe(true);
  // Every quoted name in the list, comments left out (a conditional entry still names its feature).
  const list = text.slice(start, end).replace(/\/\/.*$/gm, '');
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

test("the tests' Chromium disables every feature Playwright disables, in its one --disable-features switch", () => {
  const switches = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='));
  expect(switches).toHaveLength(1);
  const ours = switches[0]!.slice('--disable-features='.length).split(',');
  const theirs = playwrightDisabled();
  expect(theirs.length).toBeGreaterThan(5);
  expect(theirs.filter((feature) => !ours.includes(feature)), 'add these to PLAYWRIGHT_DISABLED in scripts/chromium.ts').toEqual([]);
});
