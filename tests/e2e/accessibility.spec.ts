import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-map';

// Pages kept out of the sitemap on purpose are still pages readers meet.
const paths = [...sitemapPaths(), '/search/?q=bitcoin', '/no-such-page/'];

test('the sitemap lists the pages the tests walk', () => {
  expect(paths).toContain('/');
  expect(paths.some((path) => path.startsWith('/articles/') && path !== '/articles/')).toBe(true);
  expect(paths.some((path) => path.startsWith('/data/') && path !== '/data/')).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page has no WCAG 2.2 A/AA violation, no foreign request and no CSP violation in ${colorScheme} mode`, async ({ page }) => {
    test.setTimeout(10 * 60_000);
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    // While walking every page: no request leaves the site, and the Content-Security-Policy blocks nothing.
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== '127.0.0.1') failures.push(`${page.url()}: request to ${request.url()}`);
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) failures.push(`${page.url()}: ${message.text()}`);
    });
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // A search page is checked with its results drawn, highlights included.
      if (path.includes('?q=')) await page.locator('pagefind-results mark').first().waitFor();
      // Open every data table so its contents are checked too.
      for (const details of await page.locator('details').all()) await details.evaluate((el) => el.setAttribute('open', ''));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      for (const violation of results.violations) {
        failures.push(`${path}: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
