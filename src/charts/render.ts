/**
 * The module's entry point: validate a spec against the tables, prepare the
 * series, draw the chart, and return everything a page needs — the inline
 * SVG (coloured by the page's CSS variables), a standalone SVG for download
 * (white background, inlined light-theme styles, title and source), the text
 * alternative, and the rows shown as a table and CSV.
 */
import type { Table } from '../lib/table.ts';
import { renderBar } from './bar.ts';
import { escapeXml } from './escape.ts';
import { toCsv } from './format.ts';
import type { ChartBody } from './layout.ts';
import { renderLine } from './line.ts';
import { chartCss, PALETTE } from './palette.ts';
import type { PreparedChart } from './prepare.ts';
import { renderScatter } from './scatter.ts';
import type { ChartSpec } from './spec.ts';
import { summarize } from './summary.ts';
import { el, text, wrap } from './svg.ts';
import { FONT } from './theme.ts';
import { checkSpec } from './validate.ts';

export interface RenderOptions {
  /** Source line printed under the standalone SVG, e.g. "Source: Coin Metrics (CC BY-NC 4.0)". */
  source?: string;
  /** viewBox size (defaults 640 x 360; horizontal bars compute their own height). */
  width?: number;
  height?: number;
}

export interface RenderedChart {
  /** For inlining in the page: colours come from the page's `--chart-*` variables. */
  svg: string;
  /**
   * The same chart laid out for a phone (COMPACT_WIDTH wide, fewer ticks), so its text stays
   * legible at 320 px without script: the page shows one or the other by CSS media query.
   */
  compactSvg: string;
  /** A self-contained file for download. */
  standaloneSvg: string;
  /** Text alternative (also in the SVG `<desc>`). */
  summary: string;
  /** The rows drawn, for the data table. */
  shown: Table;
  /** `shown` as CSV text. */
  csv: string;
}

/** Viewbox of the phone layout: close to a phone's CSS width, so 14-unit text renders near 14 px. */
const COMPACT_WIDTH = 360;
const COMPACT_HEIGHT = 300;

const FONT_STACK = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

/** Draws the prepared chart body with the renderer for its type. */
function drawBody(prepared: PreparedChart, options: RenderOptions = {}): ChartBody {
  const size = { ...(options.width ? { width: options.width } : {}), ...(options.height ? { height: options.height } : {}) };
  switch (prepared.spec.type) {
    case 'bar':
      return renderBar(prepared, size);
    case 'scatter':
      return renderScatter(prepared, size);
    default:
      return renderLine(prepared, size);
  }
}

/** Renders a chart. Throws ChartSpecError when the spec does not fit the data. */
export function renderChart(spec: ChartSpec, tables: ReadonlyMap<string, Table>, options: RenderOptions = {}): RenderedChart {
  const prepared = checkSpec(spec, tables);
  const body = drawBody(prepared, options);
  const summary = summarize(prepared);
  // Ids must stay unique on the page, where both layouts are present.
  const rootAttributes = (idPrefix: string) => ({
    role: 'img',
    'aria-labelledby': `${idPrefix}-title`,
    'aria-describedby': `${idPrefix}-desc`,
    class: `chart chart--${spec.type}`,
    preserveAspectRatio: 'xMidYMid meet',
    'font-size': FONT,
    'data-pagefind-ignore': 'all',
  });
  const accessible = (idPrefix: string) =>
    `${el('title', { id: `${idPrefix}-title` }, escapeXml(spec.title))}\n${el('desc', { id: `${idPrefix}-desc` }, escapeXml(summary))}`;
  const inline = (drawn: ChartBody, idPrefix: string) =>
    el('svg', { viewBox: `0 0 ${drawn.width} ${drawn.height}`, ...rootAttributes(idPrefix) }, '\n', accessible(idPrefix), '\n', drawn.markup, '\n') + '\n';

  const svg = inline(body, spec.id);
  const compactSvg = inline(drawBody(prepared, { width: COMPACT_WIDTH, height: COMPACT_HEIGHT }), `${spec.id}-compact`);
  const rootAttrs = rootAttributes(spec.id);

  // Standalone: padding, a header with title and subtitle, the chart, and the source line.
  const pad = 16;
  const innerWidth = body.width;
  const header: string[] = [];
  let y = pad;
  for (const line of wrap(spec.title, innerWidth, 19, true)) {
    y += 22;
    header.push(text(line, { class: 'chart-title', x: pad, y, 'font-size': 19, 'font-weight': 700 }));
  }
  if (spec.subtitle) {
    y += 4;
    for (const line of wrap(spec.subtitle, innerWidth, 15)) {
      y += 20;
      header.push(text(line, { class: 'chart-subtitle', x: pad, y, 'font-size': 15 }));
    }
  }
  y += 14;
  const chartTop = y;
  y += body.height;
  const footer: string[] = [];
  if (options.source) {
    y += 6;
    for (const line of wrap(options.source, innerWidth, 12)) {
      y += 16;
      footer.push(text(line, { class: 'chart-source', x: pad, y, 'font-size': 12 }));
    }
  }
  const totalWidth = body.width + pad * 2;
  const totalHeight = Math.ceil(y + pad);
  const style = `${chartCss('light', '.chart')}.chart{font-family:${FONT_STACK}}\n`;
  const standaloneSvg =
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: totalWidth,
        height: totalHeight,
        viewBox: `0 0 ${totalWidth} ${totalHeight}`,
        ...rootAttrs,
      },
      '\n',
      accessible(spec.id),
      '\n',
      el('style', {}, escapeXml(style)),
      '\n',
      el('rect', { class: 'chart-background', width: totalWidth, height: totalHeight, fill: PALETTE.light.background }),
      '\n',
      header.join('\n'),
      '\n',
      el('g', { transform: `translate(${pad} ${chartTop})` }, '\n', body.markup, '\n'),
      '\n',
      footer.join('\n'),
      '\n',
    ) + '\n';

  return { svg, compactSvg, standaloneSvg, summary, shown: prepared.shown, csv: toCsv(prepared.shown) };
}
