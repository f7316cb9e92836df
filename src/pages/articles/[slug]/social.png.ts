/**
 * The article's social card, `/articles/<slug>/social.png` (1200 x 630): the
 * Open Graph and Twitter image. Drawn at build time from the title, the first
 * theme, the description and the lead chart (the article's first `<Chart>`),
 * with the site's own chart module; see src/lib/social-image.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry, type CollectionEntry } from 'astro:content';
import { renderChart } from '../../../charts/render';
import { renderSocialPng, socialCardSvg, type SocialCard } from '../../../lib/social-image';
import { getArticleCharts, getArticles, getTables } from '../../../lib/site-data';

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
  const spec = getArticleCharts(article)[0];
  const card: SocialCard = {
    title: article.data.title,
    description: article.data.description,
    ...(theme ? { kicker: theme.data.title } : {}),
    ...(spec ? { chart: { svg: renderChart(spec, await getTables(), CHART_SIZE).svg, caption: spec.title } } : {}),
  };
  return new Response(await renderSocialPng(socialCardSvg(card)), { headers: { 'Content-Type': 'image/png' } });
};
