/**
 * What pages list, as Astro collection entries, in the orders and groupings the content index
 * computed once: the articles readers see (drafts only in `astro dev`), themes in their order,
 * the articles that discuss each claim, an article's neighbours, how fresh each dataset is, the
 * charts a claim's evidence points at.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Frequency } from '../model/collections.ts';
import { freshness, type Freshness } from '../model/freshness.ts';
import { pageKey } from '../catalog/check.ts';
import { getIndex } from './content-index.ts';
import { href } from './urls.ts';

type Article = CollectionEntry<'articles'>;

let entries: Promise<Map<string, Article>> | undefined;

async function articleEntries(): Promise<Map<string, Article>> {
  entries ??= getCollection('articles').then((all) => new Map(all.map((entry) => [entry.id, entry])));
  return entries;
}

const pick = (byId: Map<string, Article>, ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((entry) => entry !== undefined);

/** The articles readers see, newest first. */
export async function getArticles(): Promise<Article[]> {
  return pick(await articleEntries(), getIndex().articles.map((article) => article.id));
}

export async function getThemes(): Promise<CollectionEntry<'themes'>[]> {
  const themes = await getCollection('themes');
  return themes.sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99) || a.data.title.localeCompare(b.data.title));
}

/** For each claim id, the articles readers see that discuss it with `<Claim id="...">`. */
export async function getClaimArticles(): Promise<Map<string, Article[]>> {
  const byId = await articleEntries();
  return new Map([...getIndex().claimArticles].map(([claim, ids]) => [claim, pick(byId, ids)]));
}

/** The articles and claims that use a dataset. */
export async function getDatasetUsers(id: string): Promise<{ articles: Article[]; claims: CollectionEntry<'claims'>[] }> {
  const users = getIndex().datasetUsers.get(id) ?? { articles: [], claims: [] };
  const claims = await getCollection('claims', (claim) => users.claims.includes(claim.id));
  return { articles: pick(await articleEntries(), users.articles), claims };
}

/** An article's previous and next in its first theme, and its related articles. */
export async function getArticleLinks(id: string): Promise<{ previous?: Article; next?: Article; related: Article[] }> {
  const byId = await articleEntries();
  const links = getIndex().links.get(id) ?? { related: [] };
  const [previous] = pick(byId, links.previous ? [links.previous] : []);
  const [next] = pick(byId, links.next ? [links.next] : []);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}), related: pick(byId, links.related) };
}

/** How fresh a dataset is on the build's day, by the rule the content check warns by. */
export function getFreshness(id: string): { fresh?: Freshness; frequency?: Frequency } {
  const index = getIndex();
  const dataset = index.model.datasets.get(id);
  if (!dataset) return {};
  const frequency = dataset.meta.update?.frequency;
  const fresh = freshness(dataset.table, frequency, index.today);
  return { ...(fresh ? { fresh } : {}), ...(frequency ? { frequency } : {}) };
}

/**
 * The charts a claim's evidence points at (`article-id#chart-id`), with the title each has on its
 * article, linked there. Charts on articles readers do not see (drafts) are left out.
 */
export function getEvidenceCharts(refs: readonly string[]): Array<{ href: string; title: string }> {
  const index = getIndex();
  const shown = new Set(index.articles.map((article) => article.id));
  return refs.flatMap((ref) => {
    const [article = '', chart = ''] = ref.split('#');
    const prepared = index.charts.get(pageKey('articles', article))?.get(chart);
    return shown.has(article) && prepared ? [{ href: `${href.article(article)}#${chart}`, title: prepared.spec.title }] : [];
  });
}
