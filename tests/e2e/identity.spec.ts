/**
 * Type and identity as a reader meets them: the self-hosted faces and the measure of a line, text
 * that does not jump when the web fonts arrive late, chart labels measured with the font that draws
 * them, the brand mark in the header, the footer and the tab, and a header that leaves a phone's
 * screen to the page.
 */
import { expect, type Page } from '@playwright/test';
import { textWidth } from '../../src/charts/svg.ts';
import { MARK } from '../../src/model/brand.ts';
import { model, publishedArticles } from './content';
import { test } from './shared-page';

const article = `/articles/${publishedArticles.includes('talent-flight-to-ai') ? 'talent-flight-to-ai' : publishedArticles[0]}/`;

test.describe('the header', () => {
  for (const width of [320, 360]) {
    test(`at ${width} px it is at most 90 px tall, with the sections on one row and search behind an icon`, async ({ sharedPage: page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(article);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(90);
      const tops = await page.locator('.site-nav a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      await expect(page.locator('.site-search')).toBeHidden();
      const search = page.locator('.site-header').getByRole('link', { name: 'Search', exact: true });
      await expect(search).toBeVisible();
      await search.click();
      await expect(page).toHaveURL(/\/search\/$/);
    });
  }

  test('on a wide screen it holds the search box, whose focus ring is the brand colour round an ink ring, never red', async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(article);
      await expect(page.locator('.site-header').getByRole('link', { name: 'Search', exact: true })).toBeHidden();
      const box = page.getByRole('searchbox', { name: 'Search the site' });
      await box.focus();
      const ring = await box.evaluate((input) => {
        const style = getComputedStyle(input);
        const root = getComputedStyle(document.documentElement);
        const probe = (colour: string) => {
          const span = document.createElement('span');
          span.style.color = colour;
          document.body.append(span);
          const value = getComputedStyle(span).color;
          span.remove();
          return value;
        };
        return { outline: style.outlineColor, width: style.outlineWidth, offset: style.outlineOffset, shadow: style.boxShadow, brand: probe(root.getPropertyValue('--c-brand')), ink: probe(root.getPropertyValue('--ink')) };
      });
      expect(ring.outline).toBe(ring.brand);
      expect(ring.shadow).toContain(ring.ink);
      expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
      expect(parseFloat(ring.offset)).toBeGreaterThan(0);
      const [r, g, b] = ring.outline.match(/\d+/g)!.map(Number) as [number, number, number];
      expect(r > 1.5 * Math.max(g, b), `${scheme} focus ring ${ring.outline} reads as an error`).toBe(false);
    }
  });
});

test('the brand mark stands beside the wordmark and in the footer, and is the favicon', async ({ sharedPage: page, request }) => {
  await page.goto('/');
  for (const where of ['.site-header', '.site-footer']) {
    const mark = page.locator(`${where} svg.brand-mark`);
    await expect(mark).toBeVisible();
    await expect(mark.locator('path').first()).toHaveAttribute('d', MARK.fall);
    await expect(mark.locator('path').nth(1)).toHaveAttribute('d', MARK.rise);
  }
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const favicon = await request.get(icon!);
  expect(favicon.headers()['content-type']).toContain('image/svg+xml');
  const svg = await favicon.text();
  expect(svg).toContain(`d="${MARK.fall}"`);
  expect(svg).toContain(`d="${MARK.rise}"`);
});

/** Faces the page has loaded, as "family weight style". */
const loadedFaces = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.style}`);
  });

test('text is set in Charis SIL and headings and navigation in Source Sans 3, from this site, each file fetched once', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(request.url());
  });
  await page.goto(article);
  expect(await loadedFaces(page)).toEqual(expect.arrayContaining(['Charis SIL 400 normal', 'Source Sans 3 400 normal', 'Source Sans 3 600 700 normal']));
  expect(await page.locator('.prose p').first().evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^"Charis SIL"/);
  for (const selector of ['h1', '.site-nav a']) expect(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Source Sans 3"/);
  // Preloaded and then asked for by the stylesheet: one download each, not two.
  expect(fonts.length).toBeGreaterThanOrEqual(3);
  expect(new Set(fonts).size).toBe(fonts.length);
  for (const url of fonts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
});

test('on a desktop, body text runs 65 to 72 characters a line', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(article);
  await loadedFaces(page);
  const perLine = await page.evaluate(() => {
    const counts: number[] = [];
    for (const paragraph of document.querySelectorAll('.prose > p')) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = range.getClientRects()[0]?.top;
          if (top !== undefined) lines.set(Math.round(top / 4), (lines.get(Math.round(top / 4)) ?? 0) + 1);
        }
      }
      counts.push(...[...lines.values()].slice(0, -1)); // a paragraph's last line is short by nature
    }
    return counts.sort((a, b) => a - b);
  });
  expect(perLine.length).toBeGreaterThan(20);
  const median = perLine[Math.floor(perLine.length / 2)]!;
  expect(median).toBeGreaterThanOrEqual(65);
  expect(median).toBeLessThanOrEqual(72);
});

test('when the web fonts arrive late, the text stands in a matched fallback and nothing moves', async ({ browser }) => {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    // The fonts are held back until the fallback has been measured, however slow the machine.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      const win = window as unknown as { shifts: number };
      win.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) win.shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // What the first screen shows keeps its size; further down, where a reader is not yet looking, a
    // paragraph of a phone's 40-character lines may still rewrap, which layout shift does not count.
    const heights = () =>
      page.locator('.site-header, .kicker, h1, .lede, .meta').evaluateAll((elements) => elements.map((el) => Math.round(el.getBoundingClientRect().height)));
    await page.goto(article, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => getComputedStyle(document.body).fontFamily.startsWith('"Charis SIL"'));
    expect(await page.evaluate(() => document.fonts.check('16px "Charis SIL"')), `at ${width} px the web font came too soon: no fallback was seen`).toBe(false);
    const fallback = await heights();
    release();
    await loadedFaces(page);
    expect(await heights()).toEqual(fallback);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    await page.close();
  }
});

test('chart labels measured at build time are as wide as Chromium draws them', async ({ sharedPage: page }) => {
  await page.goto(article);
  const labels = ['Bitcoin', 'Nasdaq-100', 'Consilience (Psyche network)', '$12bn', 'Jun 2023', '−48%', 'Crypto VC (PitchBook)'];
  for (const bold of [false, true]) {
    const drawn = await page.evaluate(
      async ({ labels, weight }) => {
        await document.fonts.load(`${weight} 14px "Source Sans 3"`);
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        document.body.append(svg);
        return labels.map((label) => {
          const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
          text.setAttribute('style', `font: ${weight} 14px "Source Sans 3"`);
          text.textContent = label;
          svg.append(text);
          return text.getComputedTextLength();
        });
      },
      { labels, weight: bold ? 600 : 400 },
    );
    for (const [i, label] of labels.entries()) {
      // Never narrower than drawn (a label would overflow), at most 2% wider (kerning, left out).
      expect(textWidth(label, 14, bold), label).toBeGreaterThanOrEqual(drawn[i]! - 0.05);
      expect(textWidth(label, 14, bold), label).toBeLessThanOrEqual(drawn[i]! * 1.02);
    }
  }
});

test('kickers are not underlined, and a theme with a subject gives its kicker the subject colour', async ({ sharedPage: page }) => {
  // An article filed under a theme that has a subject, if any has one yet.
  const withSubject = publishedArticles.find((id) => model.articles.get(id)?.data.themes.some((theme) => model.themes.get(theme)?.data.subject));
  await page.goto(withSubject ? `/articles/${withSubject}/` : article);
  const kicker = page.locator('.kicker a').first();
  expect(await kicker.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
  if (withSubject) await expect(page.locator('.kicker a[data-subject]').first()).toBeVisible();
  const links = await page.locator('.kicker a').evaluateAll((anchors) =>
    anchors.map((a) => {
      const subject = a.getAttribute('data-subject');
      const expected = subject ? getComputedStyle(document.documentElement).getPropertyValue(`--c-${subject}`).trim() : '';
      const probe = document.createElement('span');
      probe.style.color = expected || getComputedStyle(a.parentElement!).color;
      document.body.append(probe);
      const want = getComputedStyle(probe).color;
      probe.remove();
      return { got: getComputedStyle(a).color, want };
    }),
  );
  for (const { got, want } of links) expect(got).toBe(want);
});
