/**
 * The two downloads every chart offers, as real files beside its page: `<page>/<chart-id>.csv` (the
 * rows the chart shows) and `<page>/<chart-id>.svg` (a standalone SVG with its styles, note and
 * source inlined). Static paths come from the content index; the files from the page's charts.
 */
import { pageCharts, type PageChart } from './charts.ts';
import { getIndex } from './content-index.ts';

export interface ChartFileProps {
  chart: PageChart;
}

/** Every chart of every shown article: `/articles/<slug>/<chart>.(csv|svg)`. */
export function articleChartPaths() {
  return getIndex().articles.flatMap((article) =>
    pageCharts('articles', article.id).map((chart) => ({ params: { slug: article.id, chart: chart.spec.id }, props: { chart } })),
  );
}

/** Every chart of a standalone page (content/pages/<id>.mdx). */
export function pageChartPaths(id: string) {
  return pageCharts('pages', id).map((chart) => ({ params: { chart: chart.spec.id }, props: { chart } }));
}

export const csvResponse = ({ chart }: ChartFileProps) =>
  new Response(chart.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const svgResponse = ({ chart }: ChartFileProps) =>
  new Response(chart.standalone, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
