/**
 * Every page once: each page of the sitemap, the search results, the 404 and the gallery's and timeline's
 * embed pages is opened once, in one test that names it, and checked for what a reader of any page relies on:
 * - axe (WCAG 2.2 A/AA), in light mode, with every `<details>` open (data tables, embed snippets, contents);
 * - dark-mode contrast on one page of each template and a claim page of each verdict (below);
 * - no request leaves the site, and the Content-Security-Policy blocks nothing;
 * - at 320, 360 and 375 px, as the page first loads, and at 320 px with every `<details>` open, the document
 *   is no wider than the screen (the page is resized, not loaded again): an address, a commit hash or a
 *   wide table must wrap or scroll inside its own container. A failure names how wide the page is and the
 *   widest thing on it.
 *
 * Only colour contrast depends on the colour scheme, and in dark mode it depends on the classes a page
 * uses, not its words: the contrast rules run again in dark mode on one page of each template (and a
 * claim page of each verdict, whose colours differ), not on all 87 claim pages that share one.
 * Long data tables repeat one row style: axe reads their first ten rows.
 */
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { embedPaths, model, pagesUnderTest, sitemapPaths } from './content';
import { test } from './shared-page';

declare global {
  interface Window {
    axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> };
  }
}

// Pages kept out of the sitemap on purpose are still pages readers meet, in other sites' frames too.
// Embed pages carry the same figure as their article: the walk takes those of the gallery, which has every chart type, and the timeline's.
const paths = pagesUnderTest([...sitemapPaths(), '/search/?q=bitcoin', '/no-such-page/', ...embedPaths().filter((path) => path.startsWith('/embed/pages/'))]);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules whose outcome depends on colours, so on the scheme. */
const SCHEME_RULES = ['color-contrast', 'link-in-text-block'];
const DESKTOP = { width: 1280, height: 720 };
const PHONES = [320, 360, 375];

test('the sitemap lists the pages the tests walk', () => {
  test.skip(Boolean(process.env.E2E_PAGES), 'only the pages a change touches are walked');
  expect(paths).toContain('/');
  expect(paths.some((path) => path.startsWith('/articles/') && path !== '/articles/')).toBe(true);
  expect(paths.some((path) => path.startsWith('/data/') && path !== '/data/')).toBe(true);
});

/** Records, until `stop` is called, requests to other hosts and CSP violations: the shared page outlives each test. */
function watch(page: Page): { failures: string[]; stop: () => void } {
  const failures: string[] = [];
  const onRequest = (request: { url(): string }) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') failures.push(`request to ${request.url()}`);
  };
  const onConsole = (message: { text(): string }) => {
    if (/Content Security Policy/i.test(message.text())) failures.push(message.text());
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  const stop = () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
  };
  return { failures, stop };
}

/** Opens `path` as a reader meets it (the shared page comes in light mode on a desktop). */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // A search page is checked with its results drawn, highlights included.
  if (path.includes('?q=')) await page.locator('pagefind-results mark').first().waitFor();
}

/** Opens every `<details>` (data tables, embed snippets, contents, provenance) so what they hold is checked too. */
async function openPanels(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

/** The first page of each template, and a claim page of each verdict: where dark-mode contrast is checked. */
function darkPages(all: string[]): Set<string> {
  const template = (path: string) => (path.startsWith('/embed/') ? 'embed' : path.split('/').slice(0, 2).join('/') + (path.split('/').length > 3 ? '/*' : ''));
  const byTemplate = new Map<string, string>();
  for (const path of all) if (!byTemplate.has(template(path))) byTemplate.set(template(path), path);
  const verdicts = new Map<string, string>();
  for (const claim of model.claims.values()) if (!verdicts.has(claim.data.verdict)) verdicts.set(claim.data.verdict, `/claims/${claim.id}/`);
  return new Set([...byTemplate.values(), ...verdicts.values()]);
}
const DARK = darkPages(paths);
/**
 * Rows past the tenth of a long table share the first rows' markup and colours. One selector list, not
 * two selectors: axe resolves each exclude against every node, and a second one doubled its time on chart pages.
 */
const REPEATED_ROWS = '.data-table tbody tr:nth-child(n+11), .catalogue tbody tr:nth-child(n+11)';

/** axe's violations on the page as it is now, one line each; only violations are reported, so axe details nothing else. */
async function violations(page: Page, options: RunOptions): Promise<string[]> {
  const found = await page.evaluate(
    ([exclude, options]) => window.axe.run({ exclude: [exclude] }, { ...options, resultTypes: ['violations'] }).then((results) => results.violations),
    [REPEATED_ROWS, options] as const,
  );
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

/** How far the page runs past a phone's screen `width` px wide, and the innermost thing that does, or undefined. */
async function sideways(page: Page, width: number): Promise<string | undefined> {
  if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 740 });
  return page.evaluate(() => {
    const screen = window.innerWidth;
    if (document.documentElement.scrollWidth <= screen) return undefined;
    // The innermost element whose content runs past its box or the screen, outside any scrolling container.
    const inScroller = (el: Element) => el.parentElement?.closest('.table-scroll, .chart-figure__svg') !== null;
    const culprit = [...document.body.querySelectorAll('*')]
      .filter((el) => !inScroller(el) && getComputedStyle(el).overflowX === 'visible')
      .filter((el) => el.getBoundingClientRect().right > screen + 1 || el.scrollWidth > el.clientWidth + 1)
      .at(-1);
    return `${document.documentElement.scrollWidth} px wide; ${culprit ? `<${culprit.tagName.toLowerCase()} class="${culprit.className}">${(culprit.textContent ?? '').trim().slice(0, 60)}` : ''}`;
  });
}

test.describe.configure({ mode: 'parallel' });

for (const path of paths) {
  const dark = DARK.has(path) ? ' in light mode, dark-mode contrast' : '';
  test(`${path}: no WCAG 2.2 A/AA violation${dark}, no foreign request, no CSP violation, no sideways scroll on a phone`, async ({ axePage: page }) => {
    // The chart gallery's ten charts with their tables open take axe a while on a busy machine.
    test.setTimeout(90_000);
    const { failures, stop } = watch(page);
    try {
      await visit(page, path);
      // As a reader first gets the page on a phone, every panel closed; then at the narrowest, with every
      // panel open: an open table or snippet scrolls or wraps inside its panel. Widest to narrowest, then back
      // to the desktop for axe, so the page is laid out once per width.
      for (const width of [...PHONES].reverse()) {
        const overflow = await sideways(page, width);
        if (overflow) failures.push(`at ${width} px: ${overflow}`);
      }
      await openPanels(page);
      const opened = await sideways(page, PHONES[0]!);
      if (opened) failures.push(`at ${PHONES[0]} px with every panel open: ${opened}`);
      await page.setViewportSize(DESKTOP);
      failures.push(...(await violations(page, { runOnly: { type: 'tag', values: TAGS } })));
      if (DARK.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        failures.push(...(await violations(page, { runOnly: { type: 'rule', values: SCHEME_RULES } })).map((line) => `dark: ${line}`));
      }
    } finally {
      stop();
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
