/**
 * Every article and the chart gallery, each opened once without JavaScript and checked as a reader
 * meets it, in light and dark, on a desktop and on a phone (the viewport and the colour scheme change
 * on the open page; nothing else does):
 * - every chart is drawn, visible, as wide as its figure and coloured by the stylesheet; its text is
 *   set as a data desk sets it and its footer stays short;
 * - both downloads of every chart answer with the right type and content;
 * - an article leads with a verdict strip counting its claims, has its first paragraph on a phone's
 *   first screen with the contents folded above it, shows link titles rather than addresses, and has
 *   a 1200x630 social image.
 * One test a page, so a failure names its page and both workers share the pages; a step names the check.
 * On a wide screen, an article's contents are a rail beside the text that stays in view.
 */
import { expect, type Page } from '@playwright/test';
import { escapeXml } from '../../src/charts/escape';
import { articleClaims, chartCount, pagesUnderTest, sitemapPaths } from './content';
import { test } from './shared-page';

const chartPages = pagesUnderTest(sitemapPaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path) || path === '/about/charts/'));
const layouts = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, shown: 'wide', hidden: 'compact' },
  { name: 'phone', viewport: { width: 360, height: 740 }, shown: 'compact', hidden: 'wide' },
] as const;
type Layout = (typeof layouts)[number];
const articles = chartPages.filter((path) => path.startsWith('/articles/'));
/** The site header's height on a phone once issue 13 is done; the article below it is what this checks. */
const HEADER_TARGET = 90;

test('there are chart pages to check', () => {
  test.skip(Boolean(process.env.E2E_PAGES), 'only the pages a change touches are walked');
  expect(chartPages.reduce((sum, path) => sum + chartCount(path), 0)).toBeGreaterThan(5);
});

/** What a reader sees of each chart on the page as it is now, measured in one pass over the figures. */
function measureCharts(page: Page, layout: Layout) {
  return page.locator('figure.chart-figure').evaluateAll(
    (figures, [shown, hidden]) =>
      figures.map((el) => {
        const visible = (node: Element | null) => {
          const box = node?.getBoundingClientRect();
          return Boolean(node?.checkVisibility({ visibilityProperty: true }) && box!.width > 0 && box!.height > 0);
        };
        const svg = el.querySelector<SVGSVGElement>(`.chart-figure__svg--${shown} svg[role="img"]`)!;
        const box = svg.getBoundingClientRect();
        const frame = el.getBoundingClientRect();
        // Marks are coloured by the stylesheet: a series stroke or fill must not be the default black or none.
        const series = svg.querySelector('.series');
        const paint = series ? (series.classList.contains('line') ? getComputedStyle(series).stroke : getComputedStyle(series).fill) : 'none';
        const scale = box.width / svg.viewBox.baseVal.width;
        const px = (node: Element | null) => (node ? Number(node.getAttribute('font-size') ?? svg.getAttribute('font-size')) * scale : Infinity);
        const footer = el.querySelector('.chart-figure__footer')!;
        return {
          id: el.id,
          drawn: visible(svg),
          otherHidden: !visible(el.querySelector(`.chart-figure__svg--${hidden} svg`)),
          width: box.width,
          height: box.height,
          frameWidth: frame.width,
          frameRight: frame.x + frame.width,
          paint,
          ticks: px(svg.querySelector('.axis[font-size]')),
          // Labels, keys and values are set at the chart's root size.
          labels: px(svg),
          subtitle: parseFloat(getComputedStyle(el.querySelector('.chart-figure__subtitle') ?? el).fontSize),
          footer: footer.getBoundingClientRect().height,
          line: parseFloat(getComputedStyle(footer).lineHeight),
        };
      }),
    [layout.shown, layout.hidden] as const,
  );
}

/** Every chart drawn, visible and coloured in this layout and scheme; in light mode, its text sizes and footer too. */
async function checkCharts(page: Page, path: string, layout: Layout, scheme: 'light' | 'dark'): Promise<number> {
  const charts = await measureCharts(page, layout);
  expect(charts.length, `${path}: one figure per <Chart>`).toBe(chartCount(path));
  for (const chart of charts) {
    const where = `${path}#${chart.id} on a ${layout.name} in ${scheme} mode`;
    expect(chart.drawn, `${where}: chart drawn and visible`).toBe(true);
    expect(chart.otherHidden, `${where}: the other layout's chart is hidden`).toBe(true);
    expect(chart.width, `${where}: chart narrower than its figure`).toBeGreaterThan(chart.frameWidth * 0.9);
    expect(chart.frameRight, `${where}: figure wider than the screen`).toBeLessThanOrEqual(layout.viewport.width);
    expect(chart.height, `${where}: chart too flat`).toBeGreaterThan(80);
    expect(chart.paint, `${where}: series colour`).not.toMatch(/^(none|rgb\(0, 0, 0\))$/);
    if (scheme === 'dark') continue;
    if (Number.isFinite(chart.ticks)) {
      expect(chart.ticks, `${where}: tick labels near 13 px`).toBeGreaterThan(10.5);
      expect(chart.ticks, `${where}: tick labels near 13 px`).toBeLessThan(14.5);
      expect(chart.ticks, `${where}: ticks are the smallest text`).toBeLessThanOrEqual(Math.min(chart.labels, chart.subtitle));
    }
    // The note and the source line: two lines on a desktop (a little slack for link padding), and
    // never taller than the chart it serves on a phone.
    if (layout.name === 'desktop') expect(chart.footer, `${where}: footer lines`).toBeLessThanOrEqual(chart.line * 2 + 12);
    expect(chart.footer, `${where}: footer taller than the chart`).toBeLessThanOrEqual(chart.height);
  }
  return charts.length;
}

/** Both downloads of every chart on the page: a CSV of the table's rows, and an SVG that says what and whose it is. */
async function checkDownloads(page: Page): Promise<void> {
  const figures = await page.locator('figure.chart-figure').evaluateAll((elements) =>
    elements.map((el) => {
      const links = (name: string) => [...el.querySelectorAll('a')].filter((a) => a.textContent?.trim() === name).map((a) => a.getAttribute('href')!);
      return {
        title: el.querySelector('.chart-figure__title')!.textContent!.trim(),
        rows: el.querySelectorAll('details tbody tr').length,
        csv: links('CSV'),
        svg: links('SVG'),
        notes: [...el.querySelectorAll('.chart-figure__note')].map((note) => note.textContent ?? ''),
      };
    }),
  );
  for (const figure of figures) {
    expect([figure.csv.length, figure.svg.length], `${figure.title}: one CSV and one SVG link`).toEqual([1, 1]);
    const [csvHref, svgHref] = [figure.csv[0]!, figure.svg[0]!];
    const csv = await page.request.get(csvHref);
    expect(csv.status(), csvHref).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trimEnd().split('\n');
    expect(lines.length - 1, `${csvHref}: one CSV row per table row`).toBe(figure.rows);

    const svg = await page.request.get(svgHref);
    expect(svg.status(), svgHref).toBe(200);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    const text = await svg.text();
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('<style>');
    expect(text).toContain('Source:');
    expect(text).toContain(escapeXml(figure.title));
    // Shared on its own, the file still says whose it is and carries the chart's caveat.
    expect(text).toMatch(/>Pivot Point · https?:\/\/[^<]+#[\w-]+<\/text>/);
    for (const note of figure.notes) expect(text).toContain(escapeXml(note.replace(/^Note:\s*/, '').trim().split(' ').slice(0, 4).join(' ')));
  }
}

/** The verdicts of an article's claims under its standfirst, counted by verdict, each a badge with a glyph. */
async function checkVerdictStrip(page: Page, path: string): Promise<void> {
  const claims = articleClaims(path.split('/')[2]!).length;
  const strip = page.getByRole('complementary', { name: /claims? checked/ });
  if (claims === 0) return expect(strip, path).toHaveCount(0);
  await expect(strip.locator('.verdict-strip__title'), path).toHaveText(`${claims} ${claims === 1 ? 'claim' : 'claims'} checked:`);
  const counts = await strip.locator('.badge__count').allTextContents();
  expect(counts.reduce((sum, text) => sum + Number(text), 0), `${path}: ${counts.join(', ')}`).toBe(claims);
  // Each count is a verdict badge: its glyph and label say what the colour says.
  await expect(strip.locator('.badge svg.badge__glyph')).toHaveCount(counts.length);
  const [stripBox, paragraph] = [await strip.boundingBox(), await page.locator('.prose > p').first().boundingBox()];
  expect(stripBox!.y, `${path}: the strip is above the text`).toBeLessThan(paragraph!.y);
}

/** On a 360 x 740 phone, the first paragraph is on the first screen and the contents are folded above it. */
async function checkFirstScreen(page: Page, path: string): Promise<void> {
  const { header, firstLine } = await page.evaluate(() => {
    const paragraph = document.querySelector('.prose > p')!;
    return {
      header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      firstLine: paragraph.getBoundingClientRect().top + window.scrollY + parseFloat(getComputedStyle(paragraph).lineHeight),
    };
  });
  expect(firstLine - Math.max(0, header - HEADER_TARGET), `${path}: bottom of the first line, below a ${HEADER_TARGET} px header`).toBeLessThanOrEqual(740);
  const contents = page.locator('details.toc--fold');
  await expect(contents.locator('summary'), path).toHaveText(/^In this article · \d+ sections$/);
  await expect(contents.locator('a').first(), `${path}: the contents start closed`).toBeHidden();
  await expect(page.locator('.toc--rail'), path).toBeHidden();
}

/** The article's og:image is its own 1200x630 PNG, named in its JSON-LD too. */
async function checkSocialImage(page: Page, path: string): Promise<void> {
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image, path).toMatch(new RegExp(`${path}social\\.png$`));
  const response = await page.request.get(new URL(image!).pathname);
  expect(response.status(), image!).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${path}: PNG size`).toEqual([1200, 630]);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'Article', headline: expect.any(String), image });
}

test('on a wide screen the contents are a rail beside the text that stays in view, without JavaScript', async ({ plainPage: page }) => {
  test.skip(articles.length === 0, 'no article among the pages a change touches');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(articles[0]!);
  const rail = page.getByRole('navigation', { name: 'In this article', exact: true });
  await expect(rail).toBeVisible();
  await expect(page.locator('details.toc--fold')).toBeHidden();
  const text = (await page.locator('.prose').boundingBox())!;
  const beside = (await rail.boundingBox())!;
  expect(beside.x, 'the rail is right of the text').toBeGreaterThanOrEqual(text.x + text.width);
  expect(beside.x + beside.width, 'and within the screen').toBeLessThanOrEqual(1280);
  await page.locator('.prose h2').last().scrollIntoViewIfNeeded();
  const scrolled = (await rail.boundingBox())!;
  expect(scrolled.y, 'still on screen after scrolling down').toBeGreaterThanOrEqual(0);
  expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(900);
  // The rail links to the article's sections.
  const first = rail.getByRole('link').first();
  await expect(page.locator(`[id="${(await first.getAttribute('href'))!.slice(1)}"]`)).toHaveCount(1);
});

test.describe.configure({ mode: 'parallel' });

for (const path of chartPages) {
  const article = path.startsWith('/articles/');
  test(`${path}: charts drawn, sized and downloadable in light and dark, desktop and phone, without JavaScript${article ? '; verdict strip, first screen, link titles, social image' : ''}`, async ({ plainPage: page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(layouts[0].viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    if (article) {
      await test.step('verdict strip', () => checkVerdictStrip(page, path));
      await test.step('footnotes and links show titles, never a bare address', async () => {
        const bare = await page.locator('.prose a[href^="http"]').evaluateAll((links) => links.map((link) => link.textContent!.trim()).filter((text) => /^(https?:\/\/|www\.)/.test(text)));
        expect(bare, path).toEqual([]);
      });
      await test.step('social image', () => checkSocialImage(page, path));
    }
    for (const layout of layouts) {
      await page.setViewportSize(layout.viewport);
      await page.emulateMedia({ colorScheme: 'light' });
      if (article && layout.name === 'phone') await test.step('first screen on a phone', () => checkFirstScreen(page, path));
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const charts = await test.step(`charts on a ${layout.name} in ${scheme} mode`, () => checkCharts(page, path, layout, scheme));
        if (path === '/about/charts/') expect(charts, 'the gallery shows every kind of chart').toBeGreaterThan(5);
      }
    }
    await test.step('downloads', () => checkDownloads(page));
  });
}
