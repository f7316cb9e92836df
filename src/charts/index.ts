/**
 * The chart module's public API: what the layers above (catalog, site, components) may use. Specs
 * and tables in, strings out; no DOM, no Astro, no file system.
 *
 *   checkChart(spec, tables) -> PreparedChart   (throws ChartSpecError for an author's mistake)
 *   renderInline / renderCompact / renderStandalone / chartCsv / chartSummary (prepared) -> string
 */
export { checkChart } from './check.ts';
export { readoutData } from './readout.ts';
export { renderThumbnail, THUMBNAIL } from './thumbnail.ts';
export type { PreparedChart, XValue } from './prepare.ts';
export { chartCsv, chartSummary, COMPACT_SIZE, renderCompact, renderInline, renderStandalone, type ChartSize } from './render.ts';
export { cellDecimals, csvCell, formatCell, formatDate, formatNumber, formatValue, toCsv, writtenDecimals } from './format.ts';
export { chartCss, chartRules, chartVariables, contrastRatio, PALETTE, type Theme } from './palette.ts';
export { el, text, textWidth, truncate, wrap } from './svg.ts';
