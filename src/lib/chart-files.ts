/**
 * The two downloads every chart offers, as real files beside its page:
 * `<page>/<chart-id>.csv` (the rows the chart shows) and `<page>/<chart-id>.svg`
 * (a standalone SVG with its styles and source line inlined).
 */
import { renderChart } from '../charts/render';
import type { ChartSpec } from '../charts/spec';
import { getChartDatasets, getTables, sourceLine } from './site-data';

export async function chartCsvResponse(spec: ChartSpec): Promise<Response> {
  const { csv } = renderChart(spec, await getTables());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export async function chartSvgResponse(spec: ChartSpec): Promise<Response> {
  const source = sourceLine(await getChartDatasets(spec));
  const { standaloneSvg } = renderChart(spec, await getTables(), { source });
  return new Response(standaloneSvg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
