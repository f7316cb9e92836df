/**
 * The chart colours as a stylesheet, generated from the palette module so the
 * inline SVGs and the downloadable SVGs can never disagree. One small file,
 * cached across pages.
 */
import type { APIRoute } from 'astro';
import { chartRules, chartVariables } from '../charts/palette';

export const GET: APIRoute = () =>
  new Response(
    [
      chartVariables('light', ':root'),
      `@media (prefers-color-scheme: dark){${chartVariables('dark', ':root')}}`,
      // Print on white paper regardless of the reader's screen theme.
      `@media print{${chartVariables('light', ':root')}}`,
      chartRules(),
    ].join('\n'),
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
