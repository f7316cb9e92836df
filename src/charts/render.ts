/**
 * From a prepared chart to the documents a page needs, each made only when asked for: the inline SVG
 * (coloured by the page's CSS variables) in a wide and a phone layout, a standalone SVG for download
 * (white background, inlined light-theme styles, title, note and source), the text alternative, and
 * the rows shown as CSV.
 */
import { markSvg } from '../model/brand.ts';
import { renderBar } from './bar.ts';
import { CHART_FONT_FAMILY } from './font-metrics.ts';
import { escapeXml } from './escape.ts';
import { toCsv } from './format.ts';
import type { ChartBody } from './layout.ts';
import { renderLine } from './line.ts';
import { chartCss, PALETTE } from './palette.ts';
import type { PreparedChart } from './prepare.ts';
import { renderScatter } from './scatter.ts';
import { summarize } from './summary.ts';
import { el, text, wrap } from './svg.ts';
import { FONT } from './sizes.ts';

/** A viewBox size; horizontal bars compute their own height. */
export interface ChartSize {
  width?: number;
  height?: number;
}

/**
 * The phone layout: close to a phone's CSS width, so 14-unit text renders near 14 px. The page shows
 * one layout or the other by CSS media query, so text stays legible at 320 px without script.
 */
export const COMPACT_SIZE = { width: 340, height: 300 } as const;

// The face the labels were measured in (font-metrics.ts), then faces of similar width where it is missing.
const FONT_STACK = `"${CHART_FONT_FAMILY}","Source Sans Pro",Arial,sans-serif`;

/** Draws the prepared chart body with the renderer for its type. */
function drawBody(prepared: PreparedChart, size: ChartSize = {}): ChartBody {
  switch (prepared.spec.type) {
    case 'bar':
      return renderBar(prepared, size);
    case 'scatter':
      return renderScatter(prepared, size);
    default:
      return renderLine(prepared, size);
  }
}

const summaries = new WeakMap<PreparedChart, string>();

/** The text alternative (also in each SVG's `<desc>`), computed once per prepared chart. */
export function chartSummary(prepared: PreparedChart): string {
  let summary = summaries.get(prepared);
  if (summary === undefined) summaries.set(prepared, (summary = summarize(prepared)));
  return summary;
}

function rootAttributes(prepared: PreparedChart, idPrefix: string): Record<string, string | number> {
  return {
    role: 'img',
    'aria-labelledby': `${idPrefix}-title`,
    'aria-describedby': `${idPrefix}-desc`,
    class: `chart chart--${prepared.spec.type}`,
    preserveAspectRatio: 'xMidYMid meet',
    'font-size': FONT,
    'data-pagefind-ignore': 'all',
  };
}

function accessible(prepared: PreparedChart, idPrefix: string): string {
  const title = el('title', { id: `${idPrefix}-title` }, escapeXml(prepared.spec.title));
  return `${title}\n${el('desc', { id: `${idPrefix}-desc` }, escapeXml(chartSummary(prepared)))}`;
}

/**
 * The chart for inlining in a page. Ids are prefixed (`idPrefix`, the chart id by default) so that
 * several layouts of one chart can share a page.
 */
export function renderInline(prepared: PreparedChart, size: ChartSize = {}, idPrefix = prepared.spec.id): string {
  const body = drawBody(prepared, size);
  const attributes = { viewBox: `0 0 ${body.width} ${body.height}`, ...rootAttributes(prepared, idPrefix) };
  return el('svg', attributes, '\n', accessible(prepared, idPrefix), '\n', body.markup, '\n') + '\n';
}

/** The phone layout of the inline chart. */
export function renderCompact(prepared: PreparedChart): string {
  return renderInline(prepared, COMPACT_SIZE, `${prepared.spec.id}-compact`);
}

export interface StandaloneOptions {
  /** Printed under the chart, e.g. "Source: Coin Metrics (CC BY-NC 4.0)". */
  source?: string;
  /** The last line, beside the site's mark, naming who made the chart and where it lives: "Pivot Point · https://…/#chart". */
  credit?: string;
}

interface TextStyle {
  class: string;
  size: number;
  bold?: boolean;
}

/** Lines of wrapped text from `y`, each `step` below the last, at x = `x`; returns the new `y`. */
function textBlock(lines: string[], x: number, y: number, step: number, style: TextStyle, out: string[]): number {
  for (const line of lines) {
    y += step;
    out.push(text(line, { class: style.class, x, y, 'font-size': style.size, ...(style.bold ? { 'font-weight': 700 } : {}) }));
  }
  return y;
}

/** A self-contained SVG file for download: padding, title and subtitle, the chart, then note and source. */
export function renderStandalone(prepared: PreparedChart, options: StandaloneOptions = {}): string {
  const { spec } = prepared;
  const body = drawBody(prepared);
  const pad = 16;
  // The brand's tab above the title: the chart's signature when it is shared without its page.
  const header: string[] = [el('rect', { class: 'brand-tab', x: pad, y: pad - 4, width: 40, height: 4, fill: 'var(--c-brand)' })];
  let y = textBlock(wrap(spec.title, body.width, 19, true), pad, pad + 4, 22, { class: 'chart-title', size: 19, bold: true }, header);
  if (spec.subtitle) y = textBlock(wrap(spec.subtitle, body.width, 15), pad, y + 4, 20, { class: 'chart-subtitle', size: 15 }, header);
  const chartTop = y + 14;
  const footer: string[] = [];
  y = chartTop + body.height;
  const small = { class: 'chart-source', size: 12 };
  if (spec.note) y = textBlock(wrap(`Note: ${spec.note}`, body.width, 12), pad, y + 6, 16, small, footer);
  if (options.source) y = textBlock(wrap(options.source, body.width, 12), pad, y + 6, 16, small, footer);
  if (options.credit) {
    const { slots, text: ink, background } = PALETTE.light;
    footer.push(markSvg({ crypto: slots.crypto, ai: slots.ai, pivot: ink, background }, { x: pad, y: y + 10, size: 16 }));
    y = textBlock(wrap(options.credit, body.width - 22, 12), pad + 22, y + 8, 16, { ...small, bold: true }, footer);
  }
  const width = body.width + pad * 2;
  const height = Math.ceil(y + pad);
  const style = `${chartCss('light', '.chart')}.chart{font-family:${FONT_STACK}}\n`;
  const attributes = { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, ...rootAttributes(prepared, spec.id) };
  return (
    el(
      'svg',
      attributes,
      '\n',
      accessible(prepared, spec.id),
      '\n',
      el('style', {}, escapeXml(style)),
      '\n',
      el('rect', { class: 'chart-background', width, height, fill: PALETTE.light.background }),
      '\n',
      header.join('\n'),
      '\n',
      el('g', { transform: `translate(${pad} ${chartTop})` }, '\n', body.markup, '\n'),
      '\n',
      footer.join('\n'),
      '\n',
    ) + '\n'
  );
}

/** The rows the chart shows, as CSV: what readers download is exactly what is drawn. No SVG is drawn for it. */
export function chartCsv(prepared: PreparedChart): string {
  return toCsv(prepared.shown);
}
