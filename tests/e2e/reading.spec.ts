import { expect } from '@playwright/test';
import { test } from './shared-page';

test('a reader goes from the home page to an article and sees its chart', async ({ sharedPage: page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const first = page.getByRole('region', { name: 'Articles' }).getByRole('heading').getByRole('link').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const chart = page.locator('figure.chart-figure svg[role="img"]').first();
  await expect(chart).toBeVisible();
  const box = await chart.boundingBox();
  expect(box!.width).toBeGreaterThan(250);
  expect(box!.height).toBeGreaterThan(120);
  // Drawn at build time: the marks (lines, bars or dots) are in the HTML itself.
  expect(await chart.locator('.series').count()).toBeGreaterThan(0);
});

test('an unknown address answers 404 with a helpful page', async ({ sharedPage: page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'All articles' }).click();
  await expect(page).toHaveURL(/\/articles\/$/);
});

test('the skip link moves focus to the main content', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a correlation printed in prose names its two datasets as words apart', async ({ sharedPage: page }) => {
  await page.goto('/articles/bitcoin-and-the-money-supply/');
  const how = page.locator('.stat__how').first();
  await expect(how).toContainText(/\(Pearson, .+; data: .+\) and .+\)/);
  await expect(how).not.toContainText(/\)and /);
});
