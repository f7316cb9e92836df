import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { datasets } from './content';

test('every dataset page offers its CSV byte for byte as bundled', async ({ page }) => {
  expect(datasets.length).toBeGreaterThan(0);
  for (const id of datasets) {
    await page.goto(`/data/${id}/`);
    await expect(page.getByRole('heading', { level: 2, name: 'Provenance' })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`${id}.csv`);
    const bytes = readFileSync(await download.path());
    expect(bytes.equals(readFileSync(`content/data/${id}.csv`)), `${id}.csv differs from the bundled file`).toBe(true);
  }
});

test('a dataset page names its publisher, licence and retrieval date', async ({ page }) => {
  await page.goto('/data/us-m2-monthly/');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Publisher');
  await expect(facts).toContainText('Federal Reserve');
  await expect(facts).toContainText('Licence');
  await expect(facts).toContainText('Retrieved');
  // The source is the publisher's own page; a page the values were read on follows it as "Read via".
  await expect(facts.getByRole('link', { name: /M2SL/ }).first()).toHaveAttribute('href', 'https://fred.stlouisfed.org/series/M2SL');
});
