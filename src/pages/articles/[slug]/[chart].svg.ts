import type { APIRoute } from 'astro';
import type { ChartSpec } from '../../../charts/spec';
import { chartSvgResponse } from '../../../lib/chart-files';
import { getAllCharts } from '../../../lib/site-data';

export const getStaticPaths = getAllCharts;
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) => chartSvgResponse(props.spec);
