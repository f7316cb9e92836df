import { expect, test } from '@playwright/test';
import { datasets, publishedArticles as articles, sitemapPaths } from './content';

test('the sitemap lists every article and every dataset', () => {
  const paths = sitemapPaths();
  for (const slug of articles) expect(paths).toContain(`/articles/${slug}/`);
  for (const id of datasets) expect(paths).toContain(`/data/${id}/`);
});

test('the feed is well-formed and lists every article and every dataset', async ({ page, request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/');
  const links = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('item > link')].map((link) => new URL(link.textContent ?? '').pathname);
  }, xml);
  expect(links, 'rss.xml is not well-formed XML').not.toBeNull();
  for (const slug of articles) expect(links).toContain(`/articles/${slug}/`);
  for (const id of datasets) expect(links).toContain(`/data/${id}/`);
});

test('search finds an article by a phrase from its body', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('global M2'));
  const results = page.locator('pagefind-results');
  await expect(results.getByRole('link', { name: /Does Bitcoin follow the money supply/ }).first()).toBeVisible({ timeout: 15_000 });
});

test('the search page lists every article and dataset without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  for (const slug of articles) await expect(page.locator(`a[href="/articles/${slug}/"]`)).toHaveCount(1);
  for (const id of datasets) await expect(page.locator(`a[href="/data/${id}/"]`)).toHaveCount(1);
  await context.close();
});

test('each article has a 1200x630 social image, and its og:image URL resolves', async ({ page, request }) => {
  for (const slug of articles) {
    await page.goto(`/articles/${slug}/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image, slug).toMatch(new RegExp(`/articles/${slug}/social\\.png$`));
    const response = await request.get(new URL(image!).pathname);
    expect(response.status(), image!).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${slug}: PNG size`).toEqual([1200, 630]);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Article', headline: expect.any(String), image });
  }
});
