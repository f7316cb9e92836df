/**
 * Astro content loader for `content/data/<id>.csv` + `<id>.yml`: each entry is
 * the provenance from the `.yml`, the typed table and the CSV text as bundled.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadDatasets } from './content-check';
import type { ContentError } from './errors';
import { ContentErrors } from './errors';

export function datasetLoader(): Loader {
  return {
    name: 'pivot-point:datasets',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const errors: ContentError[] = [];
      const { datasets } = loadDatasets(root, errors);
      if (errors.length > 0) throw new ContentErrors(errors);
      store.clear();
      for (const dataset of datasets.values()) {
        const data = await parseData({
          id: dataset.id,
          data: { ...dataset.meta, table: dataset.table, csv: dataset.csv, rowCount: dataset.table.rows.length },
        });
        store.set({ id: dataset.id, data, filePath: dataset.file });
      }
      watcher?.add(`${root}content/data`);
    },
  };
}
