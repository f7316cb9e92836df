/**
 * Social cards (Open Graph / Twitter images, 1200 x 630 PNG) made at build
 * time, with no browser and no network.
 *
 * The card is composed as an SVG string, like the charts: text is laid out
 * with the chart module's text measure (`wrap`, from the advance widths of
 * Source Sans 3, the site's UI face) and escaped by its `text`/`el` helpers,
 * and an article's lead chart is nested as the chart module drew it. resvg
 * then rasterises it with that same face, decoded from the WOFF2 files the
 * pages serve, and system fonts switched off: the same commit gives the same
 * PNG on any machine, and the font that measured the title is the one that
 * draws it. The brand mark (src/model/brand.ts) sits beside the site name.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';
import { decompress } from 'wawoff2';
import { chartCss, el, text, textWidth, truncate, wrap } from '../charts/index.ts';
import { markSvg } from '../model/brand.ts';
import { UI_FAMILY, UI_REGULAR_FILE, UI_SEMIBOLD_FILE } from '../model/fonts.ts';
import { SITE } from '../site.config.ts';
import { cacheDir } from '../catalog/cache.ts';
import { brandColours } from './brand.ts';

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

/** The site's light palette (src/styles/global.css), which a card always uses: feeds show it on either theme. */
const BRAND = brandColours('light');
const PAPER = BRAND.paper;
const INK = BRAND.ink;
const INK_2 = '#4a4f57';
const ACCENT = BRAND.brand;
/** The panel behind the chart is the chart palette's own background, so halos and dot outlines match it. */
const PANEL = '#ffffff';
const PANEL_BORDER = '#e3e6ea';

const FONT_FAMILY = UI_FAMILY;
/** The weight of titles and other strong text: the semibold that `textWidth(..., bold)` measures. */
const STRONG = 600;

const MARGIN = 64;
/** Width of the text column beside a chart (fits the longest current title in 3 lines at 36 px). */
const COLUMN = 520;
/** Largest enlargement of a chart's viewBox on the card. */
const MAX_CHART_SCALE = 1.3;
/** Title sizes tried largest first; the first that fits in TITLE_LINES lines wins, the smallest is ellipsised. */
const TITLE_SIZES = [60, 54, 48, 44, 40, 36] as const;
const TITLE_LINES = 3;
const NO_CHART_TITLE_SIZES = [96, 84, 76, 68, 60] as const;
/** Height of the accent band across the top. */
const BAND = 12;
/** Lowest point of the site name line; the text block starts below it. */
const HEADER_BOTTOM = 130;
/** Space kept under the last line of text. */
const BOTTOM_MARGIN = 48;

export interface SocialCard {
  /** The big text: an article title, or the site name on the home card. */
  title: string;
  /** Short line above the title, e.g. the article's first theme. */
  kicker?: string;
  /** Text under the title: the article description, or the tagline. */
  description?: string;
  /** The lead chart: `renderChart(...).svg` (inline markup, coloured by CSS variables) and its title. */
  chart?: { svg: string; caption?: string };
  /** Whether to print the site name above the kicker (the home card, whose title is the site name, does not). */
  siteName?: boolean;
}

/**
 * Wraps `content` to at most `maxLines` lines of `maxWidth`; when it does not
 * fit, the last line ends with an ellipsis (cut at a word when possible). A
 * single word wider than the line is shortened too, so nothing overflows.
 */
export function wrapLines(content: string, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): string[] {
  const lines = wrap(content, maxWidth, fontSize, bold).map((line) => truncate(line, maxWidth, fontSize, bold));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const words = (kept[maxLines - 1] ?? '').split(' ');
  while (words.length > 1 && textWidth(`${words.join(' ')}\u2026`, fontSize, bold) > maxWidth) words.pop();
  const last = `${words.join(' ').replace(/[\s,.;:!?\u2014-]+$/u, '')}\u2026`;
  kept[maxLines - 1] = textWidth(last, fontSize, bold) > maxWidth ? truncate(last, maxWidth, fontSize, bold) : last;
  return kept;
}

/** The largest title size whose wrap fits in TITLE_LINES, and its lines. */
function fitTitle(title: string, maxWidth: number, sizes: readonly number[]): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(title, maxWidth, size, true);
    if (lines.length <= TITLE_LINES && lines.every((line) => textWidth(line, size, true) <= maxWidth)) return { size, lines };
  }
  const size = sizes[sizes.length - 1] ?? 40;
  return { size, lines: wrapLines(title, maxWidth, size, true, TITLE_LINES) };
}

/**
 * The chart stylesheet with its custom properties replaced by their values.
 * Pages colour charts through `--c-*` variables (so dark mode needs no
 * re-render), but resvg does not implement `var()`: without this every bar
 * and line would be black.
 */
export function resolvedChartCss(): string {
  const css = chartCss('light', '.chart');
  const values = new Map<string, string>();
  for (const match of css.matchAll(/(--[\w-]+):([^;}]+);/g)) values.set(match[1] ?? '', (match[2] ?? '').trim());
  return css
    .replace(/^\.chart\{(--[\w-]+:[^;}]+;)+\}\n?/m, '')
    .replace(/var\((--[\w-]+)\)/g, (whole, name: string) => values.get(name) ?? whole);
}

/** The `viewBox` size of the chart's root `<svg>` (640 x 360 when it has none, the module's default). */
export function chartViewBox(markup: string): { width: number; height: number } {
  const match = /^\s*<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(markup);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  return width > 0 && height > 0 ? { width, height } : { width: 640, height: 360 };
}

/**
 * The chart panel on the right. The chart's own `<svg viewBox>` is nested in
 * an outer `<svg>` sized to it at a common scale (no larger than MAX_CHART_SCALE,
 * so text stays in proportion), and the white panel hugs it, centred in the
 * height: a short chart (three horizontal bars) gets a short panel, not a
 * mostly empty one.
 */
function chartPanel(chart: NonNullable<SocialCard['chart']>, left: number): string[] {
  const pad = 24;
  const right = SOCIAL_WIDTH - 48;
  const innerWidth = right - left - pad * 2;
  const captionLines = chart.caption ? wrapLines(chart.caption, innerWidth, 20, true, 2) : [];
  const captionHeight = captionLines.length ? captionLines.length * 24 + 16 : 0;
  const maxChartHeight = SOCIAL_HEIGHT - 2 * 52 - pad * 2 - captionHeight;
  const box = chartViewBox(chart.svg);
  const scale = Math.min(innerWidth / box.width, maxChartHeight / box.height, MAX_CHART_SCALE);
  const chartWidth = box.width * scale;
  const chartHeight = box.height * scale;
  const panelHeight = pad * 2 + captionHeight + chartHeight;
  const top = Math.round((SOCIAL_HEIGHT + BAND - panelHeight) / 2);
  const parts = [
    el('rect', { x: left, y: top, width: right - left, height: panelHeight, rx: 14, fill: PANEL, stroke: PANEL_BORDER, 'stroke-width': 2 }),
  ];
  let y = top + pad;
  for (const content of captionLines) {
    y += 22;
    parts.push(text(content, { x: left + pad, y, 'font-size': 20, 'font-weight': STRONG, fill: INK }));
    y += 2;
  }
  if (captionLines.length) y += 16;
  // Centred across the panel; labels drawn past the viewBox (overflow: visible) still have the padding.
  const x = left + pad + (innerWidth - chartWidth) / 2;
  parts.push(el('svg', { x, y, width: chartWidth, height: chartHeight, overflow: 'visible' }, chart.svg.trim()));
  return parts;
}

/** The card as a 1200 x 630 SVG document. All text is escaped. */
export function socialCardSvg(card: SocialCard): string {
  const hasChart = card.chart !== undefined;
  // With a chart the text takes the left column and the chart a panel on the right;
  // without one the text runs full width (larger, with an accent rule under the title).
  const columnWidth = hasChart ? COLUMN : SOCIAL_WIDTH - MARGIN * 2;
  // The site name sits top left; the block under it (kicker, title, description) is laid out
  // from y = 0 and then centred on the card, level with the chart panel, never above HEADER_BOTTOM.
  // The brand mark top left, with the site name beside it; the home card, whose title is the name
  // itself, shows the mark alone and larger.
  const named = card.siteName !== false;
  const header = [markSvg(BRAND, named ? { x: MARGIN - 4, y: 56, size: 48 } : { x: MARGIN - 8, y: 64, size: 112 })];
  if (named) header.push(text(SITE.name, { x: MARGIN + 54, y: 96, 'font-size': 34, 'font-weight': STRONG, fill: ACCENT }));
  const blockMin = named ? HEADER_BOTTOM : HEADER_BOTTOM + 72;
  const block: string[] = [];
  let y = 0;
  let top: number | undefined;
  const line = (content: string, size: number, attributes: Record<string, string | number>) => {
    top ??= y - size * 0.76;
    block.push(text(content, { x: MARGIN, y, 'font-size': size, ...attributes }));
  };

  if (card.kicker) {
    // Theme titles can be long ("Money supply, liquidity and Wall Street"): two lines rather than a cut.
    for (const [i, content] of wrapLines(card.kicker, columnWidth, 22, true, 2).entries()) {
      y += i > 0 ? 30 : 0;
      line(content, 22, { 'font-weight': STRONG, fill: INK_2 });
    }
  }

  const title = fitTitle(card.title, columnWidth, hasChart ? TITLE_SIZES : NO_CHART_TITLE_SIZES);
  const titleLeading = Math.round(title.size * 1.18);
  y += top === undefined ? 0 : Math.round(title.size * 1.25);
  for (const [i, content] of title.lines.entries()) {
    if (i > 0) y += titleLeading;
    line(content, title.size, { 'font-weight': STRONG, fill: INK });
  }
  let end = y + title.size * 0.24;

  if (card.description) {
    const size = hasChart ? 24 : 34;
    const leading = Math.round(size * 1.4);
    if (hasChart) y += Math.round(size * 2.2);
    else {
      // A short accent rule between the title and the text under it.
      y += 30;
      block.push(el('rect', { x: MARGIN, y, width: 96, height: 6, fill: ACCENT }));
      y += 6 + Math.round(size * 1.5);
    }
    // As many lines as fit above the bottom margin, at most 5.
    const free = SOCIAL_HEIGHT - BOTTOM_MARGIN - blockMin - (y - (top ?? 0));
    const room = Math.max(1, Math.min(5, Math.floor(free / leading) + 1));
    for (const [i, content] of wrapLines(card.description, columnWidth, size, false, room).entries()) {
      if (i > 0) y += leading;
      line(content, size, { fill: INK_2 });
    }
    end = y + size * 0.24;
  }

  const height = end - (top ?? 0);
  const blockTop = Math.max(blockMin, (BAND + SOCIAL_HEIGHT - height) / 2);
  const parts = [
    el('rect', { width: SOCIAL_WIDTH, height: SOCIAL_HEIGHT, fill: PAPER }),
    el('rect', { width: SOCIAL_WIDTH, height: BAND, fill: ACCENT }),
    ...header,
    el('g', { transform: `translate(0 ${Math.round(blockTop - (top ?? 0))})` }, '\n', block.join('\n'), '\n'),
  ];

  let style = '';
  if (card.chart) {
    parts.push(...chartPanel(card.chart, MARGIN + COLUMN + 32));
    style = el('style', {}, resolvedChartCss());
  }

  return (
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: SOCIAL_WIDTH,
        height: SOCIAL_HEIGHT,
        viewBox: `0 0 ${SOCIAL_WIDTH} ${SOCIAL_HEIGHT}`,
        'font-family': FONT_FAMILY,
      },
      '\n',
      style,
      '\n',
      parts.join('\n'),
      '\n',
    ) + '\n'
  );
}

/** Resolves a package file from the module, then from the working directory (Astro may run the build from outside the project). */
function resolvePackageFile(specifier: string): string {
  for (const base of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(base).resolve(specifier);
    } catch {
      // try the next base
    }
  }
  throw new Error(`social-image: ${specifier} is not installed (npm ci)`);
}

interface CardFonts {
  files: string[];
  /** Changes when a font file does: part of each card's cache key. */
  key: string;
}

let cardFonts: Promise<CardFonts> | undefined;

/**
 * The UI face, regular and semibold, as TrueType for resvg (which cannot read WOFF2): decoded from
 * the WOFF2 files the pages serve, once, and kept in the cache folder under a name that carries a
 * hash of the source, so an updated font package is decoded afresh.
 */
export function socialFonts(): Promise<CardFonts> {
  cardFonts ??= decodeFonts();
  return cardFonts;
}

async function decodeFonts(): Promise<CardFonts> {
  const dir = cacheDir(process.cwd(), 'fonts');
  const files: string[] = [];
  const key = createHash('sha256');
  for (const specifier of [UI_REGULAR_FILE, UI_SEMIBOLD_FILE]) {
    const woff2 = await readFile(resolvePackageFile(specifier));
    const digest = createHash('sha256').update(woff2).digest('hex').slice(0, 16);
    key.update(digest);
    const file = join(dir, `${basename(specifier, '.woff2')}-${digest}.ttf`);
    try {
      await access(file);
    } catch {
      await mkdir(dir, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, await decompress(woff2));
      await rename(partial, file);
    }
    files.push(file);
  }
  return { files, key: key.digest('hex') };
}

/** resvg's font options: only the site's face, never the machine's, so text looks the same everywhere. */
export async function socialFontOptions(): Promise<NonNullable<ResvgRenderOptions['font']>> {
  const { files } = await socialFonts();
  return { fontFiles: files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
}

/** Changes whenever the same SVG could give another PNG: the renderer, the encoder or (added per render) the fonts. */
const RENDERER = ['resvg 2.6', 'sharp png rgb level 6'].join(';');

/** Where rendered cards are kept between builds, by content (see cache.ts). */
export function socialCacheDir(root: string): string {
  return cacheDir(root, 'social-cards');
}

/**
 * Rasterises a card SVG to PNG with resvg (a Rust SVG renderer, no browser), then encodes it with
 * sharp. Both run on native thread pools, so the build's main thread keeps rendering pages while
 * both cores draw cards. Only the bundled fonts are loaded, never the machine's, so text metrics and
 * output do not vary between a laptop and CI. A card already drawn from the same SVG by the same
 * renderer is read from `cacheDir` instead: a rebuild with unchanged content draws no card.
 */
export async function renderSocialPng(svg: string, cacheDir?: string): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = await socialFonts();
  const key = createHash('sha256').update(RENDERER).update(fonts.key).update('\0').update(svg).digest('hex');
  const cached = cacheDir ? join(cacheDir, `${key}.png`) : undefined;
  if (cached) {
    try {
      return new Uint8Array(await readFile(cached));
    } catch {
      // not drawn yet
    }
  }
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: await socialFontOptions(),
    logLevel: 'error',
  });
  // Cards are opaque: dropping the alpha channel makes the file smaller and the encoding quicker.
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
  if (cached && cacheDir) {
    // Written whole, then renamed, so a build that stops half-way never leaves a torn file to reuse.
    await mkdir(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, cached);
  }
  return new Uint8Array(png);
}
