import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test } from './shared-page';

// Every dataset's link, name and bytes are checked on the built files (tests/dist/downloads.test.ts); this
// is the browser saving one of them.
test('a click on Download CSV saves the dataset as bundled, named after it', async ({ sharedPage: page }) => {
  const id = 'us-m2-monthly';
  await page.goto(`/data/${id}/`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`${id}.csv`);
  expect(readFileSync(await download.path()).equals(readFileSync(`content/data/${id}.csv`)), `${id}.csv differs from the bundled file`).toBe(true);
});

test('a dataset page names its publisher, licence and retrieval date', async ({ sharedPage: page }) => {
  await page.goto('/data/us-m2-monthly/');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Publisher');
  await expect(facts).toContainText('Federal Reserve');
  await expect(facts).toContainText('Licence');
  await expect(facts).toContainText('Retrieved');
  // The source is the publisher's own page; a page the values were read on follows it as "Read via".
  await expect(facts.locator('dt:text-is("Source") + dd').getByRole('link', { name: /M2SL/ })).toHaveAttribute('href', 'https://fred.stlouisfed.org/series/M2SL');
});

/** The last row of a bundled CSV, as cells. */
function lastRow(id: string): string[] {
  return readFileSync(`content/data/${id}.csv`, 'utf8').trimEnd().split('\n').at(-1)!.split(',');
}

test('a dated series opens on a chart of all of it, with its table and source but no downloads', async ({ sharedPage: page }) => {
  await page.goto('/data/us-m2-monthly/');
  const figure = page.locator('figure.chart-figure');
  const provenance = page.getByRole('heading', { level: 2, name: 'Provenance' });
  expect((await figure.boundingBox())!.y, 'the chart comes before the provenance').toBeLessThan((await provenance.boundingBox())!.y);
  await expect(figure.locator('.chart-figure__svg--wide svg[role="img"]')).toBeVisible();
  // The source line names the publisher and links its own page; no CSV or SVG: the page's CSV is the file itself.
  await expect(figure.locator('.chart-figure__source').getByRole('link')).toHaveAttribute('href', 'https://fred.stlouisfed.org/series/M2SL');
  await expect(figure.getByRole('link', { name: /^(CSV|SVG|Download)/ })).toHaveCount(0);
  const rows = readFileSync('content/data/us-m2-monthly.csv', 'utf8').trimEnd().split('\n').length - 1;
  await figure.locator('summary').click();
  await expect(figure.locator('tbody tr')).toHaveCount(rows);
  // A list of studies has no date to draw against: no chart.
  await page.goto('/data/ai-dev-productivity/');
  await expect(page.locator('figure.chart-figure')).toHaveCount(0);
});

test('the preview shows where a series starts and where it is now: its first 3 and latest 5 rows', async ({ sharedPage: page }) => {
  await page.goto('/data/us-m2-monthly/');
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview.locator('tbody tr:not(.preview__gap)')).toHaveCount(8);
  await expect(preview.locator('.preview__gap')).toContainText('rows not shown');
  const [, last] = lastRow('us-m2-monthly');
  const shown = (await preview.locator('tbody tr').last().locator('td').last().textContent())!.replace(/[^\d.]/g, '');
  expect(shown).toBe(last);
});

test('dataset notes render their Markdown and fold the technical provenance away', async ({ sharedPage: page }) => {
  await page.goto('/data/us-m2-monthly/');
  const notes = page.locator('.dataset-notes, details.provenance');
  const provenance = page.locator('details.provenance');
  await expect(provenance.locator('summary')).toHaveText('Technical provenance');
  await expect(provenance.locator('code').first(), 'closed until asked for').toBeHidden();
  await provenance.locator('summary').click();
  await expect(provenance.locator('code').first()).toBeVisible();
  expect((await notes.allTextContents()).join(' '), 'no Markdown backticks shown as text').not.toContain('`');
});

test('the catalogue shows each dated series as a sparkline beside its latest value', async ({ sharedPage: page }) => {
  await page.goto('/data/');
  const row = page.getByRole('row', { name: /US M2 money stock/ });
  const sparkline = row.locator('svg.sparkline');
  await expect(sparkline).toHaveAttribute('aria-hidden', 'true');
  expect(await sparkline.locator('path').getAttribute('d')).toMatch(/^M[\d,L]+$/);
  const [, last] = lastRow('us-m2-monthly');
  await expect(row.locator('.sparkline__last')).toContainText(Math.trunc(Number(last)).toLocaleString('en-GB'));
  // A dataset that is not a series (no date column) has no sparkline.
  await expect(page.getByRole('row', { name: /AI-assisted developer productivity/ }).locator('svg.sparkline')).toHaveCount(0);
});
