/**
 * The files that sit beside pages: each chart's CSV and standalone SVG, and each article's social card
 * (and the site's). There are several per article, so rather than thousands of Astro endpoints they
 * are written straight into `dist/` after the build (both cores drawing cards while the main thread
 * writes the rest), and served from the content index by a middleware in `astro dev`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pagePath, paths } from '../catalog/routes.ts';
import { SITE } from '../site.config.ts';
import { pageCharts } from './charts.ts';
import { getIndex, indexRoot } from './content-index.ts';
import { renderSocialPng, socialCacheDir, socialCardSvg, type SocialCard } from './social-card.ts';

export interface Artefact {
  /** Site path, e.g. `/articles/venture-market/crypto-vs-ai-2024.csv`. */
  path: string;
  type: string;
  make: () => string | Promise<Uint8Array>;
}

const CSV = 'text/csv; charset=utf-8';
const SVG = 'image/svg+xml; charset=utf-8';
const PNG = 'image/png';

/** Chart viewBox for the card: a little smaller than the page's 640 x 360 so it scales up and its labels stay legible. */
const CARD_CHART_SIZE = { width: 440, height: 370 };

function chartFiles(page: string, charts: ReturnType<typeof pageCharts>): Artefact[] {
  return charts.flatMap((chart) => [
    { path: paths.chartFile(page, chart.spec.id, 'csv'), type: CSV, make: () => chart.csv },
    { path: paths.chartFile(page, chart.spec.id, 'svg'), type: SVG, make: () => chart.standalone },
  ]);
}

function card(content: SocialCard): () => Promise<Uint8Array> {
  return () => renderSocialPng(socialCardSvg(content), socialCacheDir(indexRoot()));
}

/** An article's card: the title, the first theme, the description and the lead chart. */
function articleCard(id: string): Artefact {
  const index = getIndex();
  const article = index.model.articles.get(id)!;
  const theme = index.model.themes.get(article.data.themes[0] ?? '');
  const lead = pageCharts('articles', id)[0];
  const content: SocialCard = {
    title: article.data.title,
    description: article.data.description,
    ...(theme ? { kicker: theme.data.title } : {}),
    ...(lead ? { chart: { svg: lead.sized(CARD_CHART_SIZE), caption: lead.spec.title } } : {}),
  };
  return { path: paths.socialImage(paths.article(id)), type: PNG, make: card(content) };
}

/** Every file beside a page, for the articles readers see and the standalone pages. */
export function artefacts(): Artefact[] {
  const index = getIndex();
  return [
    { path: paths.socialImage(), type: PNG, make: card({ title: SITE.name, description: SITE.tagline, siteName: false }) },
    ...index.articles.flatMap((article) => [articleCard(article.id), ...chartFiles(paths.article(article.id), pageCharts('articles', article.id))]),
    ...[...index.model.pages.keys()].flatMap((id) => chartFiles(pagePath(id), pageCharts('pages', id))),
  ];
}

/**
 * Writes every artefact under `dist`, a few at a time: cards render on native thread pools, so
 * keeping several in flight lets both cores draw while files are written.
 */
export async function writeArtefacts(dist: string, list = artefacts(), inFlight = 8): Promise<number> {
  let next = 0;
  const worker = async () => {
    for (let item = list[next++]; item; item = list[next++]) {
      const file = join(dist, item.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await item.make());
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return list.length;
}

/** The dev server's handler: answers an artefact's path from the current content index, or passes on. */
export async function serveArtefact(pathname: string): Promise<{ type: string; body: string | Uint8Array } | undefined> {
  const found = artefacts().find((item) => item.path === decodeURIComponent(pathname));
  return found ? { type: found.type, body: await found.make() } : undefined;
}
