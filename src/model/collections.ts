/**
 * Zod schemas for every collection under `content/`. Astro's content layer and
 * the pre-build content check both use these, so a field accepted by one is
 * accepted by the other.
 */
import { z } from 'astro/zod';
import { asDateText, DATE_TEXT } from './dates.ts';
import { subjectSchema } from './subjects.ts';

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
  asDateText,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || asDateText(date) !== value) {
        ctx.addIssue({ code: 'custom', message: 'a real calendar date written YYYY-MM-DD' });
        return z.NEVER;
      }
      return date;
    }),
);

/**
 * A source address a reader can trust: the publisher's own page over https. A bare IP address names
 * no publisher, and plain http can be altered on the way, so both are refused.
 */
const httpsUrl = z
  .url({ protocol: /^https$/, error: 'an absolute https:// URL on the publisher\'s own site' })
  .refine((url) => !url.startsWith('https:') || !isBareIp(hostnameOf(url)), 'a publisher\'s domain name, not a bare IP address');

function isBareIp(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Where a figure was actually read, when that is not the original publisher's own page. */
const viaSchema = z.strictObject({
  publisher: z.string().min(1, 'who published the page the figure was read on'),
  url: httpsUrl,
  title: z.string().optional(),
});

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
  /** What the theme is mostly about: gives its kicker and chips their colour (none: neutral ink). */
  subject: subjectSchema.optional(),
});

export const sourceSchema = z.strictObject({
  title: z.string().min(1, 'the title of the source'),
  kind: z.enum(['interview', 'report', 'paper', 'article', 'dataset', 'webpage', 'post']),
  publisher: z.string().min(1, 'who published it'),
  authors: z.array(z.string()).optional(),
  /** As precise as the source says: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .preprocess(
      asDateText,
      z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD'),
    )
    .optional(),
  url: httpsUrl.optional(),
  /** The secondary page the figures were read on, when `url` is the original publisher's. */
  via: viaSchema.optional(),
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
  /** Number columns: decimals to display. By default each value shows as the CSV writes it. */
  decimals: z.number().int().min(0).max(10).optional(),
  /** What this column measures, when it differs from the dataset's `subject`: gives its series' colour. */
  subject: subjectSchema.optional(),
});

/** How often a publisher adds observations: what "fresh" means for a dataset (see model/freshness.ts). */
export const frequencySchema = z.enum(['daily', 'monthly', 'quarterly', 'yearly']);

/** What a dataset column is computed from, per period, among the source's observations (catalog/update). */
export const aggregateSchema = z.enum(['value', 'last', 'mean', 'count', 'last-date']);

const updateColumnSchema = z.union([
  aggregateSchema,
  z.strictObject({ from: aggregateSchema, round: z.number().int().min(0).max(10).optional() }),
  z.strictObject({ constant: z.string().min(1) }),
]);

/**
 * How a dataset is kept current. `frequency` alone: a series updated by hand. With `url` and `format`,
 * `npm run data:update` fetches it from the publisher's machine endpoint (any http(s) URL, so tests and
 * mirrors can point it elsewhere) and `columns` says how each column is made from what it returns.
 */
export const updateSchema = z
  .strictObject({
    frequency: frequencySchema,
    url: z.url({ protocol: /^https?$/, error: 'an absolute http(s):// URL the data can be fetched from' }).optional(),
    format: z.enum(['fred-csv', 'coingecko-json']).optional(),
    columns: z.record(z.string(), updateColumnSchema).optional(),
  })
  .refine((update) => [update.url, update.format, update.columns].every((field) => field === undefined) || (update.url && update.format && update.columns), {
    message: 'url, format and columns go together: all three to fetch the data, none to update it by hand',
  });

/**
 * The chart that opens a dataset page, for a dataset with a date column: which number columns it
 * draws and on what scale. Without it, a series (one row per date) gets a line of its first number column.
 */
export const datasetChartSchema = z.strictObject({
  y: z.array(z.string().min(1)).min(1, 'at least one number column to draw'),
  yScale: z.enum(['linear', 'log']).optional(),
});

export const datasetSchema = z.strictObject({
  title: z.string().min(1, 'a non-empty title'),
  description: z.string().min(1, 'a sentence on what the data is'),
  source: z.strictObject({
    publisher: z.string().min(1, 'the publisher of the data'),
    /** The short name a chart's source line gives (e.g. "Federal Reserve via FRED"); the publisher's name by default. */
    credit: z.string().min(1).max(40, 'a short credit of at most 40 characters').optional(),
    url: httpsUrl,
    retrieved: isoDate,
    title: z.string().optional(),
    via: viaSchema.optional(),
  }),
  licence: z.strictObject({
    name: z.string().min(1, 'the licence name, e.g. "CC BY-NC 4.0"'),
    url: httpsUrl.optional(),
  }),
  /** Ids of entries in `content/sources/` this dataset draws on. */
  sources: z.array(slug).optional(),
  notes: z.string().optional(),
  columns: z.record(z.string(), columnSchema).refine((columns) => Object.keys(columns).length > 0, 'at least one column'),
  /** Absent for a fixed record (a survey, a list of events) that is not expected to grow. */
  update: updateSchema.optional(),
  /** What the data is about: crypto, ai or macro. Every chart draws its series in that subject's colour. */
  subject: subjectSchema.optional(),  /** The chart of the whole series at the top of the dataset page (see datasetChartSchema). */
  chart: datasetChartSchema.optional(),
});

/**
 * A dated event charts can mark by id (`events={["chatgpt-launch"]}`), so the same event reads the same
 * way on every chart; listed with the charts and articles that mark it on /timeline/.
 */
export const eventSchema = z.strictObject({
  /** As precise as the sources say: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.preprocess(asDateText, z.string().regex(DATE_TEXT, 'a date written YYYY, YYYY-MM or YYYY-MM-DD')),
  /** What a chart prints beside the event's rule: short enough to share a row with others. */
  label: z.string().min(1).max(22, 'a short label of at most 22 characters, e.g. "ChatGPT" or "Halving"'),
  /** One line for the timeline: "OpenAI releases ChatGPT". */
  title: z.string().min(1, 'a one-line title'),
  description: z.string().min(1, 'a sentence on what happened and why it matters here'),
  /** Ids of content/sources entries that record the event. */
  sources: z.array(slug).min(1, 'at least one source that records the event'),
  subject: subjectSchema.optional(),
});

/** Who said a claim's words, exactly; `SPEAKERS` gives each its reader-facing name. */
export const speakerSchema = z.enum(['wang', 'wang-in-introduction', 'interviewer', 'interviewer-with-wang', 'introduction', 'french-edition']);

/** Verdicts each kind of claim may carry: the rubric on the about page, in machine form. */
export const VERDICTS_BY_KIND = {
  fact: ['supported', 'contradicted', 'mixed', 'unverifiable'],
  forecast: ['held', 'failed', 'open'],
  opinion: ['opinion'],
} as const;

/** Verdicts that score a claim against data, and so must show the data that does it. */
export const SCORED_VERDICTS: ReadonlySet<string> = new Set(['supported', 'contradicted', 'mixed', 'held', 'failed']);

/** Issues the rubric raises are reported under its own catalogue entry (model/messages.ts). */
const RUBRIC = { code: 'claim-rubric' } as const;

const evidenceRows = z.strictObject({
  dataset: slug,
  where: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
});

export const claimSchema = z
  .strictObject({
    quote: z.string().min(1, 'the claim in English (our translation)'),
    original: z.string().min(1, 'the French sentence, verbatim from the source'),
    speaker: speakerSchema,
    source: slug,
    themes: z.array(slug).min(1, 'at least one theme slug'),
    kind: z.enum(['fact', 'forecast', 'opinion']),
    verdict: z.enum(['supported', 'contradicted', 'mixed', 'unverifiable', 'held', 'failed', 'open', 'opinion']),
    /** Forecasts: the date the verdict judges the forecast at. */
    judgedAt: isoDate.optional(),
    summary: z.string().optional(),
    evidence: z
      .strictObject({
        datasets: z.array(slug).optional(),
        /** Charts that show it: `<article id>#<chart id>`. */
        charts: z.array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a chart written "article-id#chart-id"')).optional(),
        /** Rows that show it, picked from a dataset like a chart's `where`. */
        rows: z.array(evidenceRows).optional(),
        note: z.string().min(1, 'a sentence on what the evidence shows'),
      })
      .optional(),
  })
  .superRefine((claim, ctx) => {
    const allowed: readonly string[] = VERDICTS_BY_KIND[claim.kind];
    if (!allowed.includes(claim.verdict)) {
      ctx.addIssue({ code: 'custom', params: RUBRIC, path: ['verdict'], message: `for kind "${claim.kind}", one of ${allowed.map((v) => `"${v}"`).join(', ')} (see the rubric on the about page)` });
      return;
    }
    if (claim.kind === 'forecast' && !claim.judgedAt) {
      ctx.addIssue({ code: 'custom', params: RUBRIC, path: ['judgedAt'], message: 'the date the forecast is judged at (YYYY-MM-DD); every forecast carries one' });
    }
    if (claim.kind !== 'forecast' && claim.judgedAt) {
      ctx.addIssue({ code: 'custom', params: RUBRIC, path: ['judgedAt'], message: 'no judgedAt: only forecasts are judged at a date' });
    }
    if (SCORED_VERDICTS.has(claim.verdict)) {
      const evidence = claim.evidence;
      if (!evidence?.datasets?.length) {
        ctx.addIssue({ code: 'custom', params: RUBRIC, path: ['evidence', 'datasets'], message: `at least one dataset: a "${claim.verdict}" verdict must cite the data that decides it` });
      }
      if (!evidence?.charts?.length && !evidence?.rows?.length) {
        ctx.addIssue({ code: 'custom', params: RUBRIC, path: ['evidence', 'charts'], message: `"charts" or "rows" that show the data: a "${claim.verdict}" verdict must point at them` });
      }
    }
  });

export type ArticleData = z.output<typeof articleSchema>;
export type PageData = z.output<typeof pageSchema>;
export type ThemeData = z.output<typeof themeSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type DatasetMeta = z.output<typeof datasetSchema>;
export type EventData = z.output<typeof eventSchema>;
export type DatasetUpdate = z.output<typeof updateSchema>;
export type Frequency = z.output<typeof frequencySchema>;
export type ClaimData = z.output<typeof claimSchema>;
