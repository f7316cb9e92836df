/**
 * The top of an article leads with the evidence and gets out of the way: the verdicts of its claims
 * under the standfirst, the contents folded away on a phone so the first paragraph is on the first
 * screen, and beside the text on a wide screen, without JavaScript. Footnotes show titles, not addresses.
 */
import { expect, test } from '@playwright/test';
import { articleClaims, pagesUnderTest, publishedArticles } from './content';

const articles = pagesUnderTest(publishedArticles.map((slug) => `/articles/${slug}/`));
/** The site header's height on a phone once issue 13 is done; the article below it is what this checks. */
const HEADER_TARGET = 90;

test('on a 360 x 740 phone the first paragraph is on the first screen, the contents folded above it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of articles) {
    await page.goto(path);
    const { header, firstLine } = await page.evaluate(() => {
      const paragraph = document.querySelector('.prose > p')!;
      return {
        header: document.querySelector('.site-header')!.getBoundingClientRect().height,
        firstLine: paragraph.getBoundingClientRect().top + parseFloat(getComputedStyle(paragraph).lineHeight),
      };
    });
    expect(firstLine - Math.max(0, header - HEADER_TARGET), `${path}: bottom of the first line, below a ${HEADER_TARGET} px header`).toBeLessThanOrEqual(740);
    const contents = page.locator('details.toc--fold');
    await expect(contents.locator('summary'), path).toHaveText(/^In this article · \d+ sections$/);
    await expect(contents.locator('a').first(), `${path}: the contents start closed`).toBeHidden();
    await expect(page.locator('.toc--rail'), path).toBeHidden();
  }
  await context.close();
});

test('on a wide screen the contents are a rail beside the text that stays in view, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
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
  await context.close();
});

test("the verdict strip under the standfirst counts the article's claims by verdict", async ({ page }) => {
  for (const path of articles) {
    await page.goto(path);
    const claims = articleClaims(path.split('/')[2]!).length;
    const strip = page.getByRole('complementary', { name: /claims? checked/ });
    if (claims === 0) {
      await expect(strip, path).toHaveCount(0);
      continue;
    }
    await expect(strip.locator('.verdict-strip__title'), path).toHaveText(`${claims} ${claims === 1 ? 'claim' : 'claims'} checked:`);
    const counts = await strip.locator('.badge__count').allTextContents();
    expect(counts.reduce((sum, text) => sum + Number(text), 0), `${path}: ${counts.join(', ')}`).toBe(claims);
    // Each count is a verdict badge: its glyph and label say what the colour says.
    await expect(strip.locator('.badge svg.badge__glyph')).toHaveCount(counts.length);
    const [stripBox, paragraph] = [await strip.boundingBox(), await page.locator('.prose > p').first().boundingBox()];
    expect(stripBox!.y, `${path}: the strip is above the text`).toBeLessThan(paragraph!.y);
  }
});

test('footnotes and links show titles, never a bare address', async ({ page }) => {
  for (const path of articles) {
    await page.goto(path);
    const bare = await page.locator('.prose a[href^="http"]').evaluateAll((links) =>
      links.map((link) => link.textContent!.trim()).filter((text) => /^(https?:\/\/|www\.)/.test(text)),
    );
    expect(bare, path).toEqual([]);
  }
});
