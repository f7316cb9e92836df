import type { APIRoute } from 'astro';
import { articleChartPaths, csvResponse, type ChartFileProps } from '../../../site/chart-endpoints';

export const getStaticPaths = articleChartPaths;
export const GET: APIRoute<ChartFileProps> = ({ props }) => csvResponse(props);
