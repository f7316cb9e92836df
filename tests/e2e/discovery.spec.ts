import { expect } from '@playwright/test';
import { datasets, publishedArticles as articles, sitemapPaths } from './content';
import { test } from './shared-page';

test('the sitemap lists every article and every dataset', () => {
  const paths = sitemapPaths();
  for (const slug of articles) expect(paths).toContain(`/articles/${slug}/`);
  for (const id of datasets) expect(paths).toContain(`/data/${id}/`);
});

test('the feed is well-formed and lists every article and every dataset', async ({ sharedPage: page, request }) => {
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

test('search finds an article by a phrase from its body', async ({ sharedPage: page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('global M2'));
  const results = page.locator('pagefind-results');
  await expect(results.getByRole('link', { name: /Does Bitcoin follow the money supply/ }).first()).toBeVisible({ timeout: 15_000 });
});

test('the search page lists every article and dataset without JavaScript', async ({ plainPage: page }) => {
  await page.goto('/search/');
  for (const slug of articles) await expect(page.locator(`a[href="/articles/${slug}/"]`)).toHaveCount(1);
  for (const id of datasets) await expect(page.locator(`a[href="/data/${id}/"]`)).toHaveCount(1);
});
