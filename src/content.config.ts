/**
 * Astro collections over `content/`. Schemas come from src/lib/schemas so the
 * content check (which runs first and reports file and line) and Astro agree.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { datasetLoader } from './lib/dataset-loader';
import { articleSchema, claimSchema, datasetSchema, pageSchema, sourceSchema, themeSchema } from './lib/schemas';
import type { Table } from './lib/table';

/** A folder of `content/<folder>/*.<extension>` files, one entry per file, named by its file. */
function files<S extends z.ZodType>(folder: string, extension: 'mdx' | 'yml', schema: S) {
  return defineCollection({ loader: glob({ pattern: `*.${extension}`, base: `./content/${folder}` }), schema });
}

const articles = files('articles', 'mdx', articleSchema);
const pages = files('pages', 'mdx', pageSchema);
const themes = files('themes', 'yml', themeSchema);
const sources = files('sources', 'yml', sourceSchema);
const claims = files('claims', 'yml', claimSchema);

const datasets = defineCollection({
  loader: datasetLoader(),
  schema: datasetSchema.extend({
    table: z.custom<Table>(),
    csv: z.string(),
    rowCount: z.number(),
  }),
});

export const collections = { articles, pages, themes, sources, claims, datasets };
