/** The feed: every published article and every dataset, newest first, each with its full description. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { paths } from '../catalog/routes';
import { absoluteUrl } from '../site/urls';
import { getArticles } from '../site/page-data';
import { SITE } from '../site.config';

export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  const datasets = await getCollection('datasets');
  const items = [
    ...articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.updatedDate ?? article.data.pubDate,
      link: absoluteUrl(paths.article(article.id)),
      categories: ['article', ...article.data.themes],
    })),
    ...datasets.map((dataset) => ({
      title: `Dataset: ${dataset.data.title}`,
      description: dataset.data.description,
      pubDate: dataset.data.source.retrieved,
      link: absoluteUrl(paths.dataset(dataset.id)),
      categories: ['dataset'],
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: SITE.name,
    description: 'Crypto versus AI venture trends, tested against public data.',
    site: site!,
    items,
    customData: '<language>en</language>',
  });
};
