/**
 * axe (WCAG 2.2 A/AA) on every page of the sitemap and every embed page, one test per page so a
 * failure names its page and both workers share the walk. While on each page: no request leaves the
 * site, and the Content-Security-Policy blocks nothing.
 *
 * Only colour contrast depends on the colour scheme, and in dark mode it depends on the classes a page
 * uses, not its words: the contrast rules run again in dark mode on one page of each template (and a
 * claim page of each verdict, whose colours differ), not on all 87 claim pages that share one.
 * Long data tables repeat one row style: axe reads their first ten rows.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { embedPaths, pagesUnderTest, sitemapPaths } from './content';

/**
 * One page a worker walks every path: a new browser context per test cost about 1.7 s here, as much as
 * axe itself on a claim page. Each test still starts from a fresh navigation in light mode.
 */
const test = base.extend<object, { walker: Page }>({
  walker: [
    async ({ browser }, use, { project }) => {
      const context = await browser.newContext({ ...project.use, colorScheme: 'light' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// Pages kept out of the sitemap on purpose are still pages readers meet, in other sites' frames too.
// Embed pages carry the same figure as their article: axe walks those of the gallery, which has every chart type, and the timeline's.
const paths = pagesUnderTest([...sitemapPaths(), '/search/?q=bitcoin', '/no-such-page/', ...embedPaths().filter((path) => path.startsWith('/embed/pages/'))]);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules whose outcome depends on colours, so on the scheme. */
const SCHEME_RULES = ['color-contrast', 'link-in-text-block'];

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

/** Opens `path` in light mode, as a reader meets it, with every data table open. */
async function visit(page: Page, path: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  // A search page is checked with its results drawn, highlights included.
  if (path.includes('?q=')) await page.locator('pagefind-results mark').first().waitFor();
  // Open every data table so its contents are checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

/** The first page of each template, and a claim page of each verdict: where dark-mode contrast is checked. */
function darkPages(all: string[]): Set<string> {
  const template = (path: string) => (path.startsWith('/embed/') ? 'embed' : path.split('/').slice(0, 2).join('/') + (path.split('/').length > 3 ? '/*' : ''));
  const byTemplate = new Map<string, string>();
  for (const path of all) if (!byTemplate.has(template(path))) byTemplate.set(template(path), path);
  const claims = readdirSync('content/claims').filter((name) => name.endsWith('.yml'));
  const verdicts = new Map<string, string>();
  for (const name of claims) {
    const verdict = /^verdict:\s*(\S+)/m.exec(readFileSync(`content/claims/${name}`, 'utf8'))?.[1];
    if (verdict && !verdicts.has(verdict)) verdicts.set(verdict, `/claims/${name.slice(0, -4)}/`);
  }
  return new Set([...byTemplate.values(), ...verdicts.values()]);
}
const DARK = darkPages(paths);
/**
 * Rows past the tenth of a long table share the first rows' markup and colours. One selector list, not
 * two selectors: axe resolves each exclude against every node, and a second one doubled its time on chart pages.
 */
const REPEATED_ROWS = '.data-table tbody tr:nth-child(n+11), .catalogue tbody tr:nth-child(n+11)';

const report = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);

test.describe.configure({ mode: 'parallel' });

for (const path of paths) {
  test(`${path}: no WCAG 2.2 A/AA violation${DARK.has(path) ? ' in light mode, dark-mode contrast' : ''}, no foreign request, no CSP violation`, async ({ walker: page }) => {
    // The chart gallery's ten charts with their tables open take axe a while on a busy machine.
    test.setTimeout(90_000);
    const { failures, stop } = watch(page);
    try {
      await visit(page, path);
      failures.push(...report((await new AxeBuilder({ page }).withTags(TAGS).exclude(REPEATED_ROWS).analyze()).violations));
      if (DARK.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        failures.push(...report((await new AxeBuilder({ page }).withRules(SCHEME_RULES).exclude(REPEATED_ROWS).analyze()).violations).map((line) => `dark: ${line}`));
      }
    } finally {
      stop();
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
