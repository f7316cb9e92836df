/**
 * The site as a GitHub Pages project site serves it: built by `npm run build:subpath` with SITE_URL
 * under /pivot-point/ and served only there, on its own port (playwright.config.ts). These tests run in
 * the same workers as the rest, on the same shared page: a project of their own cost two more browser
 * launches at the end of the run. Addresses are built from the sub-path site's URL.
 */
import { expect } from '@playwright/test';
import { SUBPATH } from '../../scripts/subpath.ts';
import { publishedArticles } from './content';
import { test } from './shared-page';

const base = SUBPATH.base;
const slug = publishedArticles[0]!;
/** An address on the sub-path site's server: `at('articles/x/')` is http://127.0.0.1:4330/pivot-point/articles/x/, `at('/x/')` is outside the base. */
const at = (path: string) => new URL(path, SUBPATH.url).href;

// `check:pr --browser` walks the pages a change touches on the root build only, and builds no dist-subpath/.
test.skip(Boolean(process.env.E2E_PAGES), 'the sub-path build is checked by npm test');

test('an article, its links and its chart downloads work under the base path', async ({ sharedPage: page, request }) => {
  const response = await page.goto(at(`articles/${slug}/`));
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
  // The stylesheet applied: the page is laid out, not raw HTML.
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).not.toBe('');
  const csv = page.locator('.chart-figure__actions a', { hasText: 'CSV' }).first();
  const svg = page.locator('.chart-figure__actions a', { hasText: 'SVG' }).first();
  const [csvFile] = await Promise.all(
    [csv, svg].map(async (link) => {
      const target = await link.getAttribute('href');
      expect(target?.startsWith(`${base}articles/${slug}/`), `${target}`).toBe(true);
      const file = await request.get(at(target!));
      expect(file.status(), `${target}`).toBe(200);
      return file;
    }),
  );
  expect((await csvFile!.text()).split('\n')[0]).toContain(',');
  // Every link on the page that stays on the site stays under the base.
  const internal = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(internal.filter((target) => !target.startsWith(base))).toEqual([]);
  await page.locator('.site-nav a', { hasText: 'Data' }).click();
  await expect(page).toHaveURL(at('data/'));
});

test('search finds an article and links to it under the base path', async ({ sharedPage: page }) => {
  await page.goto(at('search/?q=bitcoin'));
  const result = page.locator(`pagefind-results a[href^="${base}articles/"]`).first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${base}articles/[^/]+/$`));
  await expect(page.locator('h1')).toBeVisible();
});

test('the feed and the sitemap point under the base path, and their links load', async ({ request }) => {
  const feed = await request.get(at('rss.xml'));
  expect(feed.status()).toBe(200);
  const links = [...(await feed.text()).matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(publishedArticles.length);
  for (const link of links) expect(link.startsWith(SUBPATH.url), link).toBe(true);
  const article = links.find((link) => link.includes('/articles/'))!;
  expect((await request.get(article)).status()).toBe(200);
  const sitemap = await request.get(at('sitemap-0.xml'));
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  expect(locs.every((loc) => loc.startsWith(SUBPATH.url))).toBe(true);
});

test('nothing is served outside the base path', async ({ request }) => {
  expect((await request.get(at(`/articles/${slug}/`))).status()).toBe(404);
});
