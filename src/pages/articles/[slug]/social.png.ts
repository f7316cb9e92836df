/**
 * The article's social card, `/articles/<slug>/social.png` (1200 x 630): the Open Graph and Twitter
 * image. Drawn at build time from the title, the first theme, the description and the lead chart
 * (the article's first `<Chart>`), with the site's own chart module; see src/site/social-card.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry, type CollectionEntry } from 'astro:content';
import { pageCharts } from '../../../site/charts';
import { indexRoot } from '../../../site/content-index';
import { getArticles } from '../../../site/page-data';
import { renderSocialPng, socialCacheDir, socialCardSvg, type SocialCard } from '../../../site/social-card';

interface Props {
  article: CollectionEntry<'articles'>;
}

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

/** Chart viewBox for the card: a little smaller than the page's 640 x 360 so it scales up and its labels stay legible. */
const CHART_SIZE = { width: 440, height: 370 };

export const GET: APIRoute<Props> = async ({ props }) => {
  const { article } = props;
  const theme = await getEntry('themes', article.data.themes[0] ?? '');
  const lead = pageCharts('articles', article.id)[0];
  const card: SocialCard = {
    title: article.data.title,
    description: article.data.description,
    ...(theme ? { kicker: theme.data.title } : {}),
    ...(lead ? { chart: { svg: lead.sized(CHART_SIZE), caption: lead.spec.title } } : {}),
  };
  const png = await renderSocialPng(socialCardSvg(card), socialCacheDir(indexRoot()));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
