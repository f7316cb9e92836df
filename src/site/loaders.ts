/**
 * Astro content loaders that serve entries from the content index instead of reading the files
 * again: YAML collections (themes, sources, claims) and datasets (provenance, typed table and the CSV
 * as bundled). The index has parsed and validated every file already, so nothing is parsed twice;
 * MDX collections keep Astro's glob loader, which Astro needs to render them.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { ContentErrors } from '../model/errors.ts';
import { loadIndex } from './content-index.ts';

type YamlCollection = 'themes' | 'sources' | 'claims';

/** Entries of one YAML collection, or the datasets, as the index holds them. */
function entriesOf(collection: YamlCollection | 'datasets', root: string, dev: boolean) {
  const index = loadIndex({ root, drafts: dev, watch: dev });
  if (index.errors.length > 0 && !dev) throw new ContentErrors(index.errors);
  if (collection !== 'datasets') return [...index.model[collection].values()].map(({ id, file, data }) => ({ id, file, data: data as Record<string, unknown> }));
  return [...index.model.datasets.values()].map(({ id, file, meta, table, csv }) => ({
    id,
    file,
    data: { ...meta, table, csv, rowCount: table.rows.length } as Record<string, unknown>,
  }));
}

export function indexLoader(collection: YamlCollection | 'datasets'): Loader {
  return {
    name: `pivot-point:${collection}`,
    load: async ({ config, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const dev = watcher !== undefined;
      store.clear();
      // Validated by the content check already (with file and line); the schema gives the types.
      for (const { id, file, data } of entriesOf(collection, root, dev)) store.set({ id, data, filePath: file });
      watcher?.add(`${root}content/${collection === 'datasets' ? 'data' : collection}`);
    },
  };
}
