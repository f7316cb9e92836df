import { expect, test } from '@playwright/test';
import { escapeXml } from '../../src/charts/escape';
import { pagesUnderTest, sitemapPaths } from './content';

const chartPages = pagesUnderTest(sitemapPaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path) || path === '/about/charts/'));

const layouts = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, shown: 'wide', hidden: 'compact' },
  { name: 'phone', viewport: { width: 360, height: 740 }, shown: 'compact', hidden: 'wide' },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const layout of layouts) {
    test(`every chart is drawn and visible on a ${layout.name} in ${colorScheme} mode, without JavaScript`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme, javaScriptEnabled: false, viewport: layout.viewport });
      const page = await context.newPage();
      let charts = 0;
      for (const path of chartPages) {
        await page.goto(path);
        for (const figure of await page.locator('figure.chart-figure').all()) {
          charts++;
          const svg = figure.locator(`.chart-figure__svg--${layout.shown} svg[role="img"]`);
          await svg.scrollIntoViewIfNeeded();
          await expect(svg, path).toBeVisible();
          await expect(figure.locator(`.chart-figure__svg--${layout.hidden} svg`), path).toBeHidden();
          const box = await svg.boundingBox();
          const frame = await figure.boundingBox();
          expect(box!.width, `${path}: chart narrower than its figure`).toBeGreaterThan(frame!.width * 0.9);
          expect(frame!.x + frame!.width, `${path}: figure wider than the screen`).toBeLessThanOrEqual(layout.viewport.width);
          expect(box!.height, `${path}: chart too flat`).toBeGreaterThan(80);
          // Marks are coloured by the stylesheet: a series stroke or fill must not be the default black or none.
          const paint = await svg.locator('.series').first().evaluate((el) => {
            const style = getComputedStyle(el);
            return el.classList.contains('line') ? style.stroke : style.fill;
          });
          expect(paint, `${path}: series colour`).not.toMatch(/^(none|rgb\(0, 0, 0\))$/);
        }
      }
      if (!process.env.E2E_PAGES) expect(charts).toBeGreaterThan(5);
      await context.close();
    });
  }
}

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

test('a chart has a text alternative, a source, an openable table and a permalink', async ({ page }) => {
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

test('both downloads of every chart answer with the right type and content', async ({ page, request }) => {
  for (const path of chartPages) {
    await page.goto(path);
    for (const figure of await page.locator('figure.chart-figure').all()) {
      const title = (await figure.locator('.chart-figure__title').textContent())!.trim();
      const rows = await figure.locator('details tbody tr').count();
      const csvHref = await figure.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
      const csv = await request.get(csvHref!);
      expect(csv.status(), csvHref!).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const lines = (await csv.text()).trimEnd().split('\n');
      expect(lines.length - 1, `${csvHref}: one CSV row per table row`).toBe(rows);

      const svgHref = await figure.getByRole('link', { name: 'SVG', exact: true }).getAttribute('href');
      const svg = await request.get(svgHref!);
      expect(svg.status(), svgHref!).toBe(200);
      expect(svg.headers()['content-type']).toContain('image/svg+xml');
      const text = await svg.text();
      expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(text).toContain('<style>');
      expect(text).toContain('Source:');
      expect(text).toContain(escapeXml(title));
      // Shared on its own, the file still says whose it is and carries the chart's caveat.
      expect(text).toMatch(/>Pivot Point · https?:\/\/[^<]+#[\w-]+<\/text>/);
      const notes = await figure.locator('.chart-figure__note').allTextContents();
      for (const note of notes) expect(text).toContain(escapeXml(note.replace(/^Note:\s*/, '').trim().split(' ').slice(0, 4).join(' ')));
    }
  }
});

test('a downloaded SVG renders on its own, styled', async ({ page, request }) => {
  const svg = await (await request.get('/about/charts/line-log.svg')).text();
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const line = page.locator('svg .line').first();
  await expect(line).toBeVisible();
  expect(await line.evaluate((el) => getComputedStyle(el).stroke)).not.toMatch(/^(none|rgb\(0, 0, 0\))$/);
});

for (const layout of layouts) {
  test(`chart text is sized as a data desk sets it, and the footer stays short, on a ${layout.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await browser.newPage({ viewport: layout.viewport, javaScriptEnabled: false });
    for (const path of chartPages) {
      await page.goto(path);
      for (const figure of await page.locator('figure.chart-figure').all()) {
        const id = await figure.getAttribute('id');
        const measured = await figure.evaluate((el, shown) => {
          const svg = el.querySelector<SVGSVGElement>(`.chart-figure__svg--${shown} svg`)!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const px = (node: Element | null) => (node ? Number(node.getAttribute('font-size') ?? svg.getAttribute('font-size')) * scale : Infinity);
          const ticks = px(svg.querySelector('.axis[font-size]'));
          // Labels, keys and values are set at the chart's root size.
          const labels = px(svg);
          const subtitle = parseFloat(getComputedStyle(el.querySelector('.chart-figure__subtitle') ?? el).fontSize);
          const footer = el.querySelector('.chart-figure__footer')!.getBoundingClientRect().height;
          const line = parseFloat(getComputedStyle(el.querySelector('.chart-figure__footer')!).lineHeight);
          return { ticks, labels, subtitle, footer, line, plot: svg.getBoundingClientRect().height };
        }, layout.shown);
        const where = `${path}#${id}`;
        if (Number.isFinite(measured.ticks)) {
          expect(measured.ticks, `${where}: tick labels near 13 px`).toBeGreaterThan(10.5);
          expect(measured.ticks, `${where}: tick labels near 13 px`).toBeLessThan(14.5);
          expect(measured.ticks, `${where}: ticks are the smallest text`).toBeLessThanOrEqual(Math.min(measured.labels, measured.subtitle));
        }
        // The note and the source line: two lines on a desktop (a little slack for link padding), and
        // never taller than the chart it serves on a phone.
        if (layout.name === 'desktop') expect(measured.footer, `${where}: footer lines`).toBeLessThanOrEqual(measured.line * 2 + 12);
        expect(measured.footer, `${where}: footer taller than the chart`).toBeLessThanOrEqual(measured.plot);
      }
    }
    await page.close();
  });
}
