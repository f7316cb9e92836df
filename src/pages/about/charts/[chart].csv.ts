import type { APIRoute } from 'astro';
import { csvResponse, pageChartPaths, type ChartFileProps } from '../../../site/chart-endpoints';

export const getStaticPaths = () => pageChartPaths('chart-gallery');
export const GET: APIRoute<ChartFileProps> = ({ props }) => csvResponse(props);
