import { expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { publishedArticles } from './content';
import { test } from './shared-page';

/** Prose words of an MDX body, lower-cased: frontmatter, components, links and footnote URLs removed. */
function words(mdx: string): Set<string> {
  const body = mdx.replace(/^---[\s\S]*?---/, '').replace(/<[A-Z][\s\S]*?>/g, ' ').replace(/\(?https?:\/\/\S+/g, ' ');
  return new Set(body.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []);
}

const read = (folder: string, ext: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ slug: name.slice(0, -ext.length), words: words(readFileSync(`${folder}/${name}`, 'utf8')) }));
const articles = read('content/articles', '.mdx').filter((article) => publishedArticles.includes(article.slug));

/** The text of every built page that is not an article: templates add words ("Preview", "Provenance") too. */
function builtPages(): { slug: string; words: Set<string> }[] {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.name === 'index.html' && !/[/\\]articles[/\\][^/\\]+$/.test(entry.parentPath))
    .map((entry) => {
      const html = readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
      // Six letters and up: the length of a stem, so "mirror" here rules out "mirrored" in an article.
      return { slug: entry.parentPath, words: new Set(html.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? []) };
    });
}
// Every other indexed text: a word must not appear there either, or it would compete in the results.
const rest = builtPages();

/** Search stems words ("mirrored" finds "mirror"): compare by a prefix so close forms count as the same word. */
const stem = (word: string) => word.slice(0, 6);

/**
 * What a reader remembering the piece would type: the two words of the article that the fewest other
 * pages use (a word only it uses, where there is one). Search matches every word, so two rare words
 * single the article out.
 */
function distinctiveWords(slug: string): string {
  const mine = articles.find((article) => article.slug === slug)!;
  const others = [...articles.filter((article) => article.slug !== slug), ...rest].map((other) => new Set([...other.words].map(stem)));
  const pagesUsing = (word: string) => others.filter((other) => other.has(stem(word))).length;
  const ranked = [...mine.words].map((word) => ({ word, pages: pagesUsing(word) })).sort((a, b) => a.pages - b.pages || a.word.localeCompare(b.word));
  expect(ranked.length, `${slug} has no long word`).toBeGreaterThan(1);
  // Two words of different stems, so the query is not one word twice.
  const second = ranked.find(({ word }) => stem(word) !== stem(ranked[0]!.word))!;
  return `${ranked[0]!.word} ${second.word}`;
}

test('each article is found by the words only it uses', async ({ sharedPage: page }) => {
  const queries = articles.map(({ slug }) => ({ slug, word: distinctiveWords(slug) }));
  await page.goto('/search/');
  // One page and one Pagefind instance for every query, rather than a page load per article.
  const found = await page.evaluate(async (list) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const urls = async (word: string) => {
      const search = await pagefind.search(word);
      return Promise.all(search.results.slice(0, 5).map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
    };
    return Promise.all(list.map(async ({ slug, word }) => ({ slug, word, urls: await urls(word) })));
  }, queries);
  for (const { slug, word, urls } of found) expect(urls, `query "${word}"`).toContain(`/articles/${slug}/`);
});

test('the search page shows results for a query in its address', async ({ sharedPage: page }) => {
  const [{ slug }] = articles;
  const word = distinctiveWords(slug!);
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  await expect(page.locator(`pagefind-results a[href="/articles/${slug}/"]`).first(), `query "${word}"`).toBeVisible({ timeout: 15_000 });
});

test('the theme filter narrows results to that theme', async ({ sharedPage: page }) => {
  await page.goto('/search/');
  const counts = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const all = await pagefind.search('crypto');
    const filtered = await pagefind.search('crypto', { filters: { theme: 'decentralized-training' } });
    const urls = await Promise.all(filtered.results.map(async (result: { data: () => Promise<{ url: string; filters: Record<string, string[]> }> }) => (await result.data()).filters));
    return { all: all.results.length, filtered: filtered.results.length, themes: urls.map((filters) => filters.theme ?? []) };
  });
  expect(counts.filtered).toBeGreaterThan(0);
  expect(counts.filtered).toBeLessThan(counts.all);
  for (const themes of counts.themes) expect(themes).toContain('decentralized-training');
});

test('the type filter tells articles, datasets, claims and themes apart', async ({ sharedPage: page }) => {
  await page.goto('/search/');
  const filters = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    return (await pagefind.filters()) as Record<string, Record<string, number>>;
  });
  expect(Object.keys(filters.type ?? {}).sort()).toEqual(['article', 'claim', 'dataset', 'page', 'theme']);
});

test('a reader can search and open a result with the keyboard alone', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('decentralized training');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=decentralized\+training/);
  await expect(page.locator('pagefind-results a').first()).toBeVisible({ timeout: 15_000 });
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const onResult = await page.evaluate(() => document.activeElement?.closest('pagefind-results') !== null && document.activeElement?.tagName === 'A');
    if (onResult) break;
  }
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  expect(target).toMatch(/^\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});
