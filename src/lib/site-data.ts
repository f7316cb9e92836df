/**
 * Build-time accessors over the content collections, shared by pages,
 * components and download endpoints so that each is computed once.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { ChartSpec } from '../charts/spec';
import { chartProps } from './component-props';
import { scanMdx } from './mdx-scan';
import type { Table } from './table';

let tables: Promise<Map<string, Table>> | undefined;

/** Every dataset's typed table, by id. */
export function getTables(): Promise<Map<string, Table>> {
  tables ??= getCollection('datasets').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data.table])));
  return tables;
}

/** Published articles, newest first (drafts only show in `astro dev`). */
export async function getArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return articles.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
}

// scanMdx caches by text, so every page asking about the same body costs one parse per build.
const scanOf = (entry: CollectionEntry<'articles' | 'pages'>) => scanMdx(entry.body ?? '', entry.filePath ?? entry.id);

/** The charts an article or page draws, read from its MDX (the content check has already validated them). */
export function getArticleCharts(article: CollectionEntry<'articles' | 'pages'>): ChartSpec[] {
  return scanOf(article)
    .components.filter((use) => use.name === 'Chart')
    .map((use) => chartProps.parse(use.props));
}

export async function getThemes(): Promise<CollectionEntry<'themes'>[]> {
  const themes = await getCollection('themes');
  return themes.sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99) || a.data.title.localeCompare(b.data.title));
}

type ChartPath = { params: { chart: string }; props: { spec: ChartSpec } };

/** Every chart of one standalone page (content/pages/<id>.mdx), for its download endpoints. */
export async function getPageCharts(id: string): Promise<ChartPath[]> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing`);
  return getArticleCharts(page).map((spec) => ({ params: { chart: spec.id }, props: { spec } }));
}

/** Every chart of every published article, for the download endpoints. */
export async function getAllCharts(): Promise<Array<{ params: { slug: string; chart: string }; props: { spec: ChartSpec } }>> {
  const articles = await getArticles();
  return articles.flatMap((article) =>
    getArticleCharts(article).map((spec) => ({ params: { slug: article.id, chart: spec.id }, props: { spec } })),
  );
}

/** The datasets a chart draws on, main one first. */
export async function getChartDatasets(spec: ChartSpec): Promise<CollectionEntry<'datasets'>[]> {
  const ids = [...new Set([spec.dataset, ...(spec.join ?? []).map((join) => join.dataset)])];
  const entries = await Promise.all(ids.map((id) => getEntry('datasets', id)));
  return entries.filter((entry) => entry !== undefined);
}

/** "Source: Coin Metrics (CC BY-NC 4.0); FRED (Public domain)": the credit printed in a standalone SVG. */
export function sourceLine(datasets: CollectionEntry<'datasets'>[]): string {
  return `Source: ${datasets.map((entry) => `${entry.data.source.publisher} (${entry.data.licence.name})`).join('; ')}`;
}

let claimArticles: Promise<Map<string, CollectionEntry<'articles'>[]>> | undefined;

/** For each claim id, the published articles that discuss it with `<Claim id="...">` (computed once per build). */
export function getClaimArticles(): Promise<Map<string, CollectionEntry<'articles'>[]>> {
  claimArticles ??= getArticles().then((articles) => {
    const byClaim = new Map<string, CollectionEntry<'articles'>[]>();
    for (const article of articles) {
      const uses = scanOf(article).components.filter((use) => use.name === 'Claim');
      for (const id of new Set(uses.map((use) => String(use.props.id)))) byClaim.set(id, [...(byClaim.get(id) ?? []), article]);
    }
    return byClaim;
  });
  return claimArticles;
}
