/** "Download SVG" of a chart: a standalone file with its styles inlined, renderable on its own. */
import type { APIRoute } from 'astro';
import { renderChart } from '../../../charts/render';
import type { ChartSpec } from '../../../charts/spec';
import { getAllCharts, getChartDatasets, getTables, sourceLine } from '../../../lib/site-data';

export const getStaticPaths = getAllCharts;

export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props }) => {
  const source = sourceLine(await getChartDatasets(props.spec));
  const { standaloneSvg } = renderChart(props.spec, await getTables(), { source });
  return new Response(standaloneSvg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
