/**
 * What a chart offers beyond its drawing (drawing, sizes and downloads are checked page by page in
 * chart-pages.spec.ts): a text alternative, an openable table, a permalink and an SVG that stands on its
 * own. Its light script is held to the size budget (scripts/size-budget.ts), which loads every chart page
 * in Chromium; the walk (every-page.spec.ts) checks that no page asks another host for anything.
 */
import { expect } from '@playwright/test';
import { test } from './shared-page';

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
