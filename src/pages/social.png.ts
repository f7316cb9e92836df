/**
 * The home page's social card, `/social.png` (1200 x 630): the site name and
 * tagline, drawn at build time like the article cards (src/lib/social-image.ts).
 */
import type { APIRoute } from 'astro';
import { renderSocialPng, socialCardSvg } from '../lib/social-image';

const card = { title: 'Pivot Point', description: 'Crypto versus AI, tested against data', siteName: false };

export const GET: APIRoute = async () => new Response(await renderSocialPng(socialCardSvg(card)), { headers: { 'Content-Type': 'image/png' } });
