/**
 * No page of the sitemap scrolls sideways on a phone: at 320, 360 and 375 px the document is no wider
 * than the screen. An address, a commit hash or a wide table must wrap or scroll inside its own
 * container. One browser context per width, the pages in sequence; a failure names each page, how wide
 * it is and the widest thing on it.
 */
import { expect, test } from '@playwright/test';
import { pagesUnderTest, sitemapPaths } from './content';

const paths = pagesUnderTest(sitemapPaths());

for (const width of [320, 360, 375]) {
  test(`no page scrolls sideways on a ${width} px phone`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width, height: 740 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => {
        const screen = window.innerWidth;
        if (document.documentElement.scrollWidth <= screen) return undefined;
        // The innermost element whose content runs past its box or the screen, outside any scrolling container.
        const inScroller = (el: Element) => el.parentElement?.closest('.table-scroll, .chart-figure__svg') !== null;
        const culprit = [...document.body.querySelectorAll('*')]
          .filter((el) => !inScroller(el) && getComputedStyle(el).overflowX === 'visible')
          .filter((el) => el.getBoundingClientRect().right > screen + 1 || el.scrollWidth > el.clientWidth + 1)
          .at(-1);
        return `${document.documentElement.scrollWidth} px wide; ${culprit ? `<${culprit.tagName.toLowerCase()} class="${culprit.className}">${(culprit.textContent ?? '').trim().slice(0, 60)}` : ''}`;
      });
      if (overflow) wide.push(`${path}: ${overflow}`);
    }
    await context.close();
    expect(wide, wide.join('\n')).toEqual([]);
  });
}
