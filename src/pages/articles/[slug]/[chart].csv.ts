/** "Download CSV" of a chart: exactly the rows the chart shows, as a real file. */
import type { APIRoute } from 'astro';
import { renderChart } from '../../../charts/render';
import type { ChartSpec } from '../../../charts/spec';
import { getAllCharts, getTables } from '../../../lib/site-data';

export const getStaticPaths = getAllCharts;

export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props }) => {
  const { csv } = renderChart(props.spec, await getTables());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
