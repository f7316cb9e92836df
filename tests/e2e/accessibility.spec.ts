/**
 * axe (WCAG 2.2 A/AA) on every page of the sitemap, one test per page so a failure names its page and
 * both workers share the walk. Only colour contrast depends on the colour scheme: every rule runs in
 * light mode, and the contrast rules run again in dark mode. While on each page: no request leaves
 * the site, and the Content-Security-Policy blocks nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { embedPaths, pagesUnderTest, sitemapPaths } from './content';

// Pages kept out of the sitemap on purpose are still pages readers meet, in other sites' frames too.
const paths = pagesUnderTest([...sitemapPaths(), '/search/?q=bitcoin', '/no-such-page/', ...embedPaths()]);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules whose outcome depends on colours, so on the scheme. */
const SCHEME_RULES = ['color-contrast', 'link-in-text-block'];

test('the sitemap lists the pages the tests walk', () => {
  test.skip(Boolean(process.env.E2E_PAGES), 'only the pages a change touches are walked');
  expect(paths).toContain('/');
  expect(paths.some((path) => path.startsWith('/articles/') && path !== '/articles/')).toBe(true);
  expect(paths.some((path) => path.startsWith('/data/') && path !== '/data/')).toBe(true);
});

async function visit(page: Page, path: string): Promise<string[]> {
  const failures: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') failures.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) failures.push(message.text());
  });
  await page.goto(path);
  // A search page is checked with its results drawn, highlights included.
  if (path.includes('?q=')) await page.locator('pagefind-results mark').first().waitFor();
  // Open every data table so its contents are checked too.
  for (const details of await page.locator('details').all()) await details.evaluate((el) => el.setAttribute('open', ''));
  return failures;
}

const report = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);

test.describe.configure({ mode: 'parallel' });

for (const path of paths) {
  test(`${path}: no WCAG 2.2 A/AA violation in light mode, dark-mode contrast, no foreign request, no CSP violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const failures = await visit(page, path);
    failures.push(...report((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations));
    await page.emulateMedia({ colorScheme: 'dark' });
    failures.push(...report((await new AxeBuilder({ page }).withRules(SCHEME_RULES).analyze()).violations).map((line) => `dark: ${line}`));
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
