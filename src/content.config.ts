/**
 * Astro collections over `content/`. The content index (src/site/content-index.ts) reads, validates
 * and checks every file first, with file and line for each problem; the YAML collections and the
 * datasets are served from it, and the MDX collections use Astro's glob loader, which renders them.
 * The schemas (src/model/collections.ts) give Astro the types.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema, claimSchema, datasetSchema, pageSchema, sourceSchema, themeSchema } from './model/collections';
import type { Table } from './model/table';
import { indexLoader } from './site/loaders';

const mdxFiles = (folder: 'articles' | 'pages') => glob({ pattern: '*.mdx', base: `./content/${folder}` });

export const collections = {
  articles: defineCollection({ loader: mdxFiles('articles'), schema: articleSchema }),
  pages: defineCollection({ loader: mdxFiles('pages'), schema: pageSchema }),
  themes: defineCollection({ loader: indexLoader('themes'), schema: themeSchema }),
  sources: defineCollection({ loader: indexLoader('sources'), schema: sourceSchema }),
  claims: defineCollection({ loader: indexLoader('claims'), schema: claimSchema }),
  datasets: defineCollection({
    loader: indexLoader('datasets'),
    schema: datasetSchema.extend({ table: z.custom<Table>(), csv: z.string(), rowCount: z.number() }),
  }),
};
