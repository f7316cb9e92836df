/**
 * The content index: everything a build needs from `content/`, computed once. It loads and checks
 * the content, keeps the prepared charts, and derives the maps pages would otherwise rebuild per
 * page: which articles readers see, which articles discuss a claim, which pages use a dataset, and
 * each article's neighbours. Pure: no Astro, so it is tested on fixture sites.
 */
import type { PreparedChart } from '../charts/index.ts';
import type { ArticleData } from '../model/collections.ts';
import { ContentError } from '../model/errors.ts';
import type { Table } from '../model/table.ts';
import { checkContent, pageKey, type PageCharts } from './check.ts';
import { datasetCharts } from './dataset-charts.ts';
import { loadContent, type ContentModel, type MdxEntry } from './load.ts';
import { eventUses } from './events.ts';
import { freshnessProblems } from './freshness.ts';
import { articleLinks } from './related.ts';
import type { RouteMap } from './routes.ts';

export interface ArticleLinks {
  previous?: string;
  next?: string;
  /** Up to three articles sharing the most themes. */
  related: string[];
}

export interface Catalog {
  model: ContentModel;
  /** Problems that stop a build. */
  errors: ContentError[];
  /** Slips worth a look that do not stop it: a label for nothing, a draft left in, a range finer than the data. */
  warnings: ContentError[];
  tables: Map<string, Table>;
  routes: RouteMap;
  /** Prepared charts by page key (`articles/<id>`, `pages/<id>`) and chart id, in page order. */
  charts: Map<string, PageCharts>;
  /** The chart of the whole series that opens each dataset page, by dataset id (only datasets that have one). */
  datasetCharts: Map<string, PreparedChart>;
  /** The articles readers see, newest first: drafts only when asked for (the dev server). */
  articles: MdxEntry<ArticleData>[];
  /** For each claim id, the ids of the shown articles that discuss it. */
  claimArticles: Map<string, string[]>;
  /** For each dataset id, the shown articles that chart it and the claims that cite it. */
  datasetUsers: Map<string, { articles: string[]; claims: string[] }>;
  /** For each shown article, its neighbours in its first theme and its related articles. */
  links: Map<string, ArticleLinks>;
  /** For each event of content/events/, the charts (page key, chart id) that mark it. */
  eventUses: Map<string, { page: string; chart: string }[]>;
  /** The day freshness was judged on (the build's): pages say "behind" by the same rule the check warns by. */
  today: Date;
}

export interface CatalogOptions {
  /** Show drafts (the dev server does; builds for publishing do not). */
  drafts?: boolean;
  /** The date freshness is judged on: the build's, unless a test fixes it. */
  today?: Date;
}

const newestFirst = (a: MdxEntry<ArticleData>, b: MdxEntry<ArticleData>) => b.data.pubDate.getTime() - a.data.pubDate.getTime();

function usesOf(articles: MdxEntry<ArticleData>[], model: ContentModel) {
  const claimArticles = new Map<string, string[]>();
  const datasetUsers = new Map<string, { articles: string[]; claims: string[] }>();
  const users = (id: string) => datasetUsers.get(id) ?? datasetUsers.set(id, { articles: [], claims: [] }).get(id)!;
  for (const article of articles) {
    const claims = new Set(article.scan.components.filter((use) => use.name === 'Claim').map((use) => String(use.props.id)));
    for (const id of claims) claimArticles.set(id, [...(claimArticles.get(id) ?? []), article.id]);
    const datasets = new Set<string>();
    for (const use of article.scan.components.filter((component) => component.name === 'Chart')) {
      datasets.add(String(use.props.dataset));
      for (const join of (use.props.join as { dataset?: unknown }[] | undefined) ?? []) datasets.add(String(join.dataset));
    }
    for (const id of datasets) users(id).articles.push(article.id);
  }
  for (const claim of model.claims.values()) for (const id of claim.data.evidence?.datasets ?? []) users(id).claims.push(claim.id);
  return { claimArticles, datasetUsers };
}

function linksOf(articles: MdxEntry<ArticleData>[]): Map<string, ArticleLinks> {
  const ids = new Map<string, ArticleLinks>();
  for (const [id, { previous, next, related }] of articleLinks(articles)) {
    ids.set(id, { ...(previous ? { previous: previous.id } : {}), ...(next ? { next: next.id } : {}), related: related.map((other) => other.id) });
  }
  return ids;
}

/** Articles left as drafts, which a build for publishing leaves out. */
function draftWarnings(model: ContentModel, options: CatalogOptions): ContentError[] {
  if (options.drafts) return [];
  return [...model.articles.values()]
    .filter((article) => article.data.draft)
    .map(
      (article) =>
        new ContentError({
          file: article.file,
          line: article.yaml.lineOf(['draft']),
          code: 'draft',
          message: 'draft: true, so a build for publishing leaves this article out; remove the line to publish it',
        }),
    );
}

/** Load, check and index the content under `root`. Never throws for bad content: see `errors`. */
export function buildCatalog(root: string, options: CatalogOptions = {}): Catalog {
  const { model, errors: loadErrors } = loadContent(root);
  const { errors, charts, routes, tables } = checkContent(model);
  const series = datasetCharts(model.datasets.values(), tables);
  const articles = [...model.articles.values()].filter((article) => options.drafts || !article.data.draft).sort(newestFirst);
  const today = options.today ?? new Date();
  const problems = [...loadErrors, ...errors, ...series.errors, ...freshnessProblems(model.datasets.values(), today), ...draftWarnings(model, options)];
  return {
    model,
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity === 'warning'),
    tables,
    routes,
    charts,
    datasetCharts: series.charts,
    articles,
    ...usesOf(articles, model),
    links: linksOf(articles),
    eventUses: eventUses(charts, model.events),
    today,
  };
}

export { pageKey };
