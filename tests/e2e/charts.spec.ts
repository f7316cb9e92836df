/**
 * What a chart offers beyond its drawing (drawing, sizes and downloads are checked page by page in
 * chart-pages.spec.ts): a light script, a text alternative, an openable table, a permalink and an SVG
 * that stands on its own.
 */
import { expect } from '@playwright/test';
import { pagesUnderTest, sitemapPaths } from './content';
import { test } from './shared-page';

const chartPages = pagesUnderTest(sitemapPaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path) || path === '/about/charts/'));

test('chart pages load only the small readout script and ask no other host for anything', async ({ page }) => {
  const foreign: string[] = [];
  // Body reads are awaited before the sizes are summed, so a slow read can never leave the count empty.
  const scripts: Promise<[string, number]>[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') foreign.push(request.url());
  });
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => [response.url(), body.length]));
  });
  for (const path of chartPages) {
    await page.goto(path);
    // The search shortcut and the value readouts; the charts themselves are plain SVG.
    const executable = await page.locator('script:not([type="application/ld+json"])').count();
    expect(executable, `${path}: scripts`).toBeLessThanOrEqual(2);
  }
  // Each distinct script counts once: the browser fetches the same file on every page.
  const fetched = new Map(await Promise.all(scripts));
  expect(fetched.size, 'the search shortcut script is fetched').toBeGreaterThan(0);
  const bytes = [...fetched.values()].reduce((sum, size) => sum + size, 0);
  // Issue 14: the readouts in at most 3 KB gzip; uncompressed, the two scripts stay under 8 KB.
  expect(bytes, `scripts fetched: ${[...fetched.keys()].join(', ')}`).toBeLessThan(8 * 1024);
  expect(foreign).toEqual([]);
});

test('a chart has a text alternative, a source, an openable table and a permalink', async ({ sharedPage: page }) => {
  await page.goto('/about/charts/');
  const figure = page.locator('figure.chart-figure').first();
  const id = await figure.getAttribute('id');
  const svg = figure.locator('.chart-figure__svg--wide svg[role="img"]');
  const description = await svg.locator('desc').textContent();
  expect(description).toMatch(/first .* last .* low .* high/i);
  // The source names the publishers and links the dataset page, where the licence and provenance are.
  await expect(figure.getByRole('link', { name: 'Coin Metrics, CoinGecko' })).toHaveAttribute('href', '/data/btc-usd-monthly/');
  const table = figure.getByRole('table');
  await expect(table).toBeHidden();
  await figure.locator('.chart-figure__data summary').click();
  await expect(table).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(100);
  await figure.getByRole('link', { name: /Link to this chart/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('a downloaded SVG renders on its own, styled', async ({ sharedPage: page, request }) => {
  const svg = await (await request.get('/about/charts/line-log.svg')).text();
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const line = page.locator('svg .line').first();
  await expect(line).toBeVisible();
  expect(await line.evaluate((el) => getComputedStyle(el).stroke)).not.toMatch(/^(none|rgb\(0, 0, 0\))$/);
});
