/**
 * The site's meaning colours and the chart rules as a stylesheet, generated from the palette module
 * so the inline SVGs, the downloadable SVGs and the page's kickers and chips can never disagree. One
 * small file, cached across pages.
 */
import type { APIRoute } from 'astro';
import { pageChartCss } from '../charts/palette';

export const GET: APIRoute = () => new Response(pageChartCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
