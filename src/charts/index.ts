/**
 * Public surface of the chart module: pure functions from a ChartSpec and
 * typed tables to SVG strings, text alternatives and CSV. No DOM, no Astro.
 */
export type { Annotation, ChartSpec, ChartType, JoinSpec } from './spec.ts';
export { renderChart, type RenderedChart, type RenderOptions } from './render.ts';
export { validateSpec, ChartSpecError } from './validate.ts';
export { prepareChart, type PreparedChart, type PreparedSeries } from './prepare.ts';
export { summarize } from './summary.ts';
export { formatCell, formatDate, formatNumber, formatTick, toCsv } from './format.ts';
export { chartCss, chartRules, chartVariables, contrastRatio, PALETTE, relativeLuminance } from './palette.ts';
export { escapeXml } from './escape.ts';
