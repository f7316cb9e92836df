import type { APIRoute } from 'astro';
import type { ChartSpec } from '../../../charts/spec';
import { chartCsvResponse } from '../../../lib/chart-files';
import { getPageCharts } from '../../../lib/site-data';

export const getStaticPaths = () => getPageCharts('chart-gallery');
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) => chartCsvResponse(props.spec);
