/** The bundled CSV, byte for byte: what readers download is what the charts were drawn from. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  return datasets.map((dataset) => ({ params: { id: dataset.id }, props: { csv: dataset.data.csv } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) =>
  new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
