import type { APIRoute } from 'astro';
import { articleChartPaths, svgResponse, type ChartFileProps } from '../../../site/chart-endpoints';

export const getStaticPaths = articleChartPaths;
export const GET: APIRoute<ChartFileProps> = ({ props }) => svgResponse(props);
