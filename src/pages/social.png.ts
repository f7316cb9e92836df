/**
 * The home page's social card, `/social.png` (1200 x 630): the site name and tagline, drawn at build
 * time like the article cards (src/site/social-card.ts).
 */
import type { APIRoute } from 'astro';
import { indexRoot } from '../site/content-index';
import { renderSocialPng, socialCacheDir, socialCardSvg } from '../site/social-card';
import { SITE } from '../site.config';

const card = { title: SITE.name, description: SITE.tagline, siteName: false };

export const GET: APIRoute = async () =>
  new Response(await renderSocialPng(socialCardSvg(card), socialCacheDir(indexRoot())), { headers: { 'Content-Type': 'image/png' } });
