import type { APIRoute } from 'astro';
import type { ChartSpec } from '../../../charts/spec';
import { chartSvgResponse } from '../../../lib/chart-files';
import { getPageCharts } from '../../../lib/site-data';

export const getStaticPaths = () => getPageCharts('chart-gallery');
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) => chartSvgResponse(props.spec);
