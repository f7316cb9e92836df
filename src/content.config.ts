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

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

const themes = defineCollection({
  loader: glob({ pattern: '*.yml', base: './content/themes' }),
  schema: themeSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yml', base: './content/sources' }),
  schema: sourceSchema,
});

const claims = defineCollection({
  loader: glob({ pattern: '*.yml', base: './content/claims' }),
  schema: claimSchema,
});

const datasets = defineCollection({
  loader: datasetLoader(),
  schema: datasetSchema.extend({
    table: z.custom<Table>(),
    csv: z.string(),
    rowCount: z.number(),
  }),
});

export const collections = { articles, pages, themes, sources, claims, datasets };
