/**
 * What the built site publishes, from the same content index the build used: published articles
 * (never drafts, which the build leaves out), datasets and claims. Tests list pages from here, so a
 * contributor's draft never breaks them and a new page is tested without being named.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { loadContent } from '../../src/catalog/load.ts';

/** The content index the build used, read once a worker. */
export const { model } = loadContent(process.cwd());

export const publishedArticles = [...model.articles.values()].filter((article) => !article.data.draft).map((article) => article.id).sort();
export const datasets = [...model.datasets.keys()].sort();

/** Every page URL the site publishes, read from the built sitemap. */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const urls = files.flatMap((name) => [...readFileSync(`dist/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  return urls.map((url) => new URL(url).pathname).sort();
}

/** Every chart's embed page, read from the built site (they are kept out of the sitemap). */
export function embedPaths(): string[] {
  return readdirSync('dist/embed', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.name === 'index.html')
    .map((entry) => `/${relative('dist', entry.parentPath).split(sep).join('/')}/`)
    .sort();
}

/**
 * The pages to walk: every one, or only those `npm run check:pr -- --browser` found the change touches
 * (E2E_PAGES, comma-separated paths).
 */
export function pagesUnderTest(all: string[]): string[] {
  const only = process.env.E2E_PAGES?.split(',').filter(Boolean);
  return only ? all.filter((path) => only.includes(path)) : all;
}

/** The distinct claims an article shows with `<Claim id="...">`, in page order. */
export function articleClaims(slug: string): string[] {
  const components = model.articles.get(slug)?.scan.components ?? [];
  return [...new Set(components.filter((use) => use.name === 'Claim').map((use) => String(use.props.id)))];
}

/**
 * How many charts a page draws: its `<Chart>` components, from the article or the standalone page
 * (`/about/charts/` is content/pages/chart-gallery.mdx). A page whose charts stopped rendering then fails
 * instead of passing over no figures.
 */
export function chartCount(path: string): number {
  const slug = /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
  const entry = slug ? model.articles.get(slug) : path === '/about/charts/' ? model.pages.get('chart-gallery') : undefined;
  return (entry?.scan.components ?? []).filter((use) => use.name === 'Chart').length;
}
