/**
 * The `test` every browser spec uses: Playwright's, plus pages shared by all the tests a worker runs. A
 * new browser context per test cost about 1.7 s on a busy 2-core machine, often more than the check it
 * served. Each test gets a shared page in the project's viewport and light mode, with the pointer at its
 * corner, still showing the previous test's document, and starts with its own navigation. The HTTP cache is shared, as a reader's
 * is between pages: a test that counts what a first visit fetches uses `page`. Tests remove their own
 * listeners (`page.off`); whatever a test leaves is removed after it.
 *
 * One `test` for every spec, not one per spec: Playwright gives each distinct set of worker fixtures
 * workers of its own, and each new worker launches a browser.
 */
import { test as base, type Browser, type Page, type TestInfo } from '@playwright/test';
import { createRequire } from 'node:module';

/** The kinds of shared page: as a reader's browser opens it, with JavaScript off, or with axe-core loaded as each document opens. */
type Kind = 'shared' | 'plain' | 'axe';

async function open(browser: Browser, project: TestInfo['project'], kind: Kind): Promise<Page> {
  const context = await browser.newContext({ ...project.use, javaScriptEnabled: kind !== 'plain' });
  if (kind === 'axe') await context.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return context.newPage();
}

/**
 * Hands a shared page to one test and puts it back in the project's viewport and light mode after, with the
 * pointer at the corner; only what the test changed is reset (a resize or a scheme change lays the page out
 * again). The page keeps its document until the next test's own navigation: loading about:blank in
 * between cost 0.13 s and 0.26 s of CPU a test, with axe-core compiled again for the blank page. Its
 * listeners are removed here. Until the next test navigates, a late request or message of the old document
 * could still reach that test's watch; the walk watches only for other hosts and CSP violations, which
 * would be real faults of the page before.
 */
async function lend(page: Page, use: (page: Page) => Promise<void>, testInfo: TestInfo): Promise<void> {
  await use(page);
  page.removeAllListeners();
  const viewport = testInfo.project.use.viewport ?? { width: 1280, height: 720 };
  const size = page.viewportSize();
  if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
  if (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches).catch(() => true)) await page.emulateMedia({ colorScheme: 'light' });
  await page.mouse.move(0, 0);
}

export const test = base.extend<
  {
    /** A page shared by the worker's tests. */
    sharedPage: Page;
    /** The same with JavaScript off: what every reader gets, whatever their browser runs. */
    plainPage: Page;
    /**
     * The same with axe-core loaded into each document as it opens. `@axe-core/playwright` sent axe's
     * 550 KB source again for every check and opened a blank page to merge its results: that tripled
     * axe's time on a claim page.
     */
    axePage: Page;
  },
  { tabs: (kind: Kind) => Promise<Page> }
>({
  tabs: [
    async ({ browser }, use, { project }) => {
      const pages = new Map<Kind, Promise<Page>>();
      await use((kind) => {
        if (!pages.has(kind)) pages.set(kind, open(browser, project, kind));
        return pages.get(kind)!;
      });
      for (const page of pages.values()) await (await page).context().close();
    },
    { scope: 'worker' },
  ],
  sharedPage: async ({ tabs }, use, testInfo) => lend(await tabs('shared'), use, testInfo),
  plainPage: async ({ tabs }, use, testInfo) => lend(await tabs('plain'), use, testInfo),
  axePage: async ({ tabs }, use, testInfo) => lend(await tabs('axe'), use, testInfo),
});
