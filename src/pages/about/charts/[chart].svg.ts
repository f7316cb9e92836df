import type { APIRoute } from 'astro';
import { pageChartPaths, svgResponse, type ChartFileProps } from '../../../site/chart-endpoints';

export const getStaticPaths = () => pageChartPaths('chart-gallery');
export const GET: APIRoute<ChartFileProps> = ({ props }) => svgResponse(props);
