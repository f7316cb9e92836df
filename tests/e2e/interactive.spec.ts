/**
 * Charts readers can read closely (issue 14): value readouts by pointer, touch and keyboard, drawn from
 * the figure's own markup and formatted as its data table; nothing changes without JavaScript; embed
 * pages and the events timeline.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { embedPaths, sitemapPaths } from './content';
import { test } from './shared-page';

const LINE = '#indexed-since-2020';
const BARS = '#vc-by-quarter';

async function openGallery(page: Page, id: string, layout: 'wide' | 'compact' = 'wide'): Promise<{ figure: Locator; svg: Locator }> {
  await page.goto('/about/charts/');
  const figure = page.locator(`figure${id}`);
  const svg = figure.locator(`.chart-figure__svg--${layout} svg`);
  await svg.scrollIntoViewIfNeeded();
  return { figure, svg };
}

/** The data table's cells for the row whose first cell reads `x`. */
async function tableRow(figure: Locator, x: string): Promise<string[]> {
  const rows = await figure.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
  return rows.find((cells) => cells[0] === x) ?? [];
}

test('pointing at a line chart reads the x value and every series there, as its data table writes them', async ({ sharedPage: page }) => {
  const { figure, svg } = await openGallery(page, LINE);
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  const readout = figure.locator('.chart-figure__svg--wide .readout');
  await expect(readout).toBeVisible();
  await expect(readout).toHaveAttribute('role', 'status');
  const text = (await readout.textContent())!;
  const [x, rest] = text.split(': ');
  const cells = await tableRow(figure, x!);
  expect(cells.length, `a table row for ${x}`).toBeGreaterThan(1);
  for (const part of rest!.split('; ')) expect(cells, part).toContain(part.split(' ').at(-1));
  // The readout never covers the point it reads: it sits on the other half of the chart.
  const dot = (await figure.locator('.chart-figure__svg--wide .readout-dot').first().boundingBox())!;
  const panel = (await readout.boundingBox())!;
  expect(dot.x > panel.x + panel.width || dot.x + dot.width < panel.x || dot.y > panel.y + panel.height).toBe(true);
});

test('pointing at a bar reads its own value', async ({ sharedPage: page }) => {
  const { figure } = await openGallery(page, BARS);
  const bar = figure.locator('.chart-figure__svg--wide rect.bar').nth(2);
  await bar.hover();
  const text = (await figure.locator('.chart-figure__svg--wide .readout').textContent())!;
  const cells = await tableRow(figure, text.split(',')[0]!);
  expect(cells).toContain(text.split(': ').at(-1));
});

test('touching a chart shows the readout', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const { figure, svg } = await openGallery(page, LINE, 'compact');
  const box = (await svg.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.4, box.y + box.height * 0.5);
  await expect(figure.locator('.chart-figure__svg--compact .readout')).toBeVisible();
  await context.close();
});

test('the arrow keys move the readout along the chart', async ({ sharedPage: page }) => {
  const { figure, svg } = await openGallery(page, LINE);
  await svg.focus();
  const readout = figure.locator('.chart-figure__svg--wide .readout');
  await expect(readout).toBeVisible();
  const last = await readout.textContent();
  await page.keyboard.press('ArrowLeft');
  const before = await readout.textContent();
  expect(before).not.toBe(last);
  await page.keyboard.press('Home');
  expect(await readout.textContent()).toMatch(/^Jan 2020: /);
  await page.keyboard.press('Escape');
  await expect(readout).toBeHidden();
});

test('without JavaScript nothing changes: no readout, no focus stop, the same layout', async ({ plainPage, sharedPage }) => {
  const sizes: number[][] = [];
  for (const [javaScriptEnabled, page] of [[false, plainPage], [true, sharedPage]] as const) {
    await page.goto('/about/charts/');
    if (!javaScriptEnabled) {
      await expect(page.locator('.readout')).toHaveCount(0);
      expect(await page.locator('figure.chart-figure svg[tabindex]').count()).toBe(0);
      // The embed snippet is there to copy by hand.
      await page.locator(`${LINE} .chart-figure__embed summary`).click();
      await expect(page.locator(`${LINE} .chart-figure__snippet`)).toContainText('<iframe src=');
      await page.locator(`${LINE} .chart-figure__embed summary`).click();
    }
    sizes.push(await page.locator('figure.chart-figure').evaluateAll((figures) => figures.map((f) => Math.round(f.getBoundingClientRect().height))));
  }
  expect(sizes[1]).toEqual(sizes[0]);
});

test('embed pages show one chart with its source and a way back, kept out of search engines and the site search', async ({ sharedPage: page, request }) => {
  const paths = embedPaths();
  expect(paths.length).toBeGreaterThan(20);
  const sitemap = sitemapPaths();
  for (const path of paths) expect(sitemap).not.toContain(path);
  const index = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.keys(index.languages).length).toBeGreaterThan(0);
  const path = paths.find((p) => p.includes('venture-market'))!;
  await page.goto(path);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expect(page.locator('figure.chart-figure')).toHaveCount(1);
  await expect(page.locator('.chart-figure__source')).toBeVisible();
  const back = page.getByRole('link', { name: /see this chart in its article/ });
  await expect(back).toHaveAttribute('href', /\/articles\/venture-market\/#/);
  // The snippet on the chart's own page points at this embed page.
  const article = await (await request.get('/articles/venture-market/')).text();
  expect(article).toContain(`${path}&quot;`.replace(/&quot;$/, ''));
});

test('the timeline lists every event, with its date and sources, and marks them on its chart', async ({ sharedPage: page }) => {
  const events = readdirSync('content/events').filter((name) => name.endsWith('.yml')).map((name) => name.slice(0, -4));
  await page.goto('/timeline/');
  for (const id of events) {
    const item = page.locator(`li#${id}`);
    await expect(item, id).toBeVisible();
    await expect(item.locator('time'), id).toHaveCount(1);
    await expect(item.getByText(/^Source:/), id).toBeVisible();
  }
  const rules = await page.locator('figure.chart-figure .chart-figure__svg--wide .annotations .rule').count();
  expect(rules).toBeGreaterThan(5);
});
