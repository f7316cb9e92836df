/**
 * The favicon: the brand mark (src/model/brand.ts) on a rounded tile of paper, drawn from the same
 * paths as the header's mark, in the light or dark theme as the browser prefers.
 */
import type { APIRoute } from 'astro';
import { MARK_SIZE, MARK_VIEWBOX, markShapes } from '../model/brand';
import { brandColours, type BrandColours } from '../site/brand';

const vars = (colours: BrandColours) => `--crypto:${colours.crypto};--ai:${colours.ai};--ink:${colours.ink};--paper:${colours.paper}`;

export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}">` +
      `<style>svg{${vars(brandColours('light'))}}@media (prefers-color-scheme:dark){svg{${vars(brandColours('dark'))}}}</style>` +
      `<rect width="${MARK_SIZE}" height="${MARK_SIZE}" rx="7" fill="var(--paper)"/>` +
      markShapes({ crypto: 'var(--crypto)', ai: 'var(--ai)', pivot: 'var(--ink)', background: 'var(--paper)' }) +
      '</svg>\n',
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
