/**
 * Zod schemas for every collection under `content/`. Astro's content layer and
 * the pre-build content check both use these, so a field accepted by one is
 * accepted by the other.
 */
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the shape of every id and slug on the site. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: lower-case letters, digits and single hyphens, e.g. "global-m2"');

/**
 * A calendar date written YYYY-MM-DD. YAML parses unquoted dates into Date
 * objects on its own; they are turned back into text first so that every date
 * goes through the same check and the same messages.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: 'custom', message: 'a real calendar date written YYYY-MM-DD' });
        return z.NEVER;
      }
      return date;
    }),
);

const httpUrl = z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' });

export const articleSchema = z.strictObject({
  title: z.string().min(1, 'a non-empty title'),
  description: z
    .string()
    .min(1, 'a non-empty description')
    .max(160, 'at most 160 characters (it is the meta description and the search excerpt)'),
  pubDate: isoDate,
  updatedDate: isoDate.optional(),
  themes: z.array(slug).min(1, 'at least one theme slug'),
  draft: z.boolean().optional(),
});

/** Standalone pages written in MDX (about, method): content, not code. */
export const pageSchema = z.strictObject({
  title: z.string().min(1, 'a non-empty title'),
  description: z.string().min(1).max(160, 'at most 160 characters (it is the meta description)'),
});

export const themeSchema = z.strictObject({
  title: z.string().min(1, 'a non-empty title'),
  description: z.string().min(1, 'a paragraph describing the theme'),
  order: z.number().int().optional(),
});

export const sourceSchema = z.strictObject({
  title: z.string().min(1, 'the title of the source'),
  kind: z.enum(['interview', 'report', 'paper', 'article', 'dataset', 'webpage', 'post']),
  publisher: z.string().min(1, 'who published it'),
  authors: z.array(z.string()).optional(),
  /** As precise as the source says: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'),
    )
    .optional(),
  url: httpUrl.optional(),
  language: z.string().optional(),
  notes: z.string().optional(),
});

export const columnSchema = z.strictObject({
  type: z.enum(['date', 'number', 'string']),
  label: z.string().min(1, 'a human-readable label'),
  unit: z.string().optional(),
  description: z.string().optional(),
  /** Whether an empty cell is allowed (read as "no value"). */
  optional: z.boolean().optional(),
  /** Date columns: the period a date stands for, e.g. `month` when 2024-03-01 means March 2024. */
  period: z.enum(['year', 'month', 'day']).optional(),
});

export const datasetSchema = z.strictObject({
  title: z.string().min(1, 'a non-empty title'),
  description: z.string().min(1, 'a sentence on what the data is'),
  source: z.strictObject({
    publisher: z.string().min(1, 'the publisher of the data'),
    url: httpUrl,
    retrieved: isoDate,
    title: z.string().optional(),
  }),
  licence: z.strictObject({
    name: z.string().min(1, 'the licence name, e.g. "CC BY-NC 4.0"'),
    url: httpUrl.optional(),
  }),
  /** Ids of entries in `content/sources/` this dataset draws on. */
  sources: z.array(slug).optional(),
  notes: z.string().optional(),
  columns: z.record(z.string(), columnSchema).refine((columns) => Object.keys(columns).length > 0, 'at least one column'),
});

export const claimSchema = z.strictObject({
  quote: z.string().min(1, 'the claim in English (our translation)'),
  original: z.string().min(1, 'the French sentence, verbatim from the source'),
  speaker: z.string().min(1, 'who said it'),
  source: slug,
  themes: z.array(slug).min(1, 'at least one theme slug'),
  kind: z.enum(['fact', 'forecast', 'opinion']),
  verdict: z.enum(['supported', 'contradicted', 'mixed', 'unverifiable', 'opinion']),
  summary: z.string().optional(),
  evidence: z
    .strictObject({
      datasets: z.array(slug).optional(),
      charts: z.array(z.string()).optional(),
      note: z.string().min(1, 'a sentence on what the evidence shows'),
    })
    .optional(),
});

export type ArticleData = z.output<typeof articleSchema>;
export type PageData = z.output<typeof pageSchema>;
export type ThemeData = z.output<typeof themeSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type DatasetMeta = z.output<typeof datasetSchema>;
export type ClaimData = z.output<typeof claimSchema>;
