/**
 * The short credits a chart's source line gives ("PitchBook; Stanford HAI"), each linking the dataset
 * page where the full publisher, licence and provenance are. A chart that picks rows by their `source`
 * (where={{ source: "pitchbook-bloomberg-2025" }}) credits those sources' publishers only, not every
 * publisher of a many-source dataset; otherwise the dataset's `source.credit`, else its publisher's
 * name up to its first parenthesis.
 */
import type { ChartSpec, Where } from '../model/chart-spec.ts';
import type { DatasetMeta } from '../model/collections.ts';
import { getIndex } from './content-index.ts';

const short = (name: string) => name.split(' (')[0]!.trim();

export function creditOf(meta: Pick<DatasetMeta, 'source'>): string {
  return meta.source.credit ?? short(meta.source.publisher);
}

function creditFor(dataset: string, where: Where | undefined): string | undefined {
  const { model } = getIndex();
  const meta = model.datasets.get(dataset)?.meta;
  if (!meta) return undefined;
  const picked = where?.source === undefined ? [] : [where.source].flat();
  const publishers = picked.map((id) => model.sources.get(id)?.data.publisher).filter((name) => name !== undefined);
  return publishers.length === picked.length && publishers.length > 0 ? [...new Set(publishers.map(short))].join('; ') : creditOf(meta);
}

/** The datasets a chart draws on, main one first, each with the credit its source line gives. */
export function chartCredits(spec: ChartSpec): { dataset: string; credit: string }[] {
  const entries = [{ dataset: spec.dataset, where: spec.where }, ...(spec.join ?? []).map((join) => ({ dataset: join.dataset, where: join.where }))];
  const seen = new Set<string>();
  return entries.flatMap(({ dataset, where }) => {
    const credit = creditFor(dataset, where);
    const key = `${dataset}|${credit}`;
    if (!credit || seen.has(key)) return [];
    seen.add(key);
    return [{ dataset, credit }];
  });
}
