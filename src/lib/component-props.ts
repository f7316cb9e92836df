/**
 * Props of the components authors may use in MDX, as zod schemas. The content
 * check validates every use against these before Astro renders anything, and
 * the components take their `Props` types from here.
 */
import { z } from 'astro/zod';
import type { ChartSpec } from '../charts/spec';
import { slug, speakerSchema } from './schemas';

const xValue = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');
const where = z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]));

export const chartProps = z.strictObject({
  id: slug,
  type: z.enum(['line', 'area', 'bar', 'scatter', 'indexed']),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  caption: z.string().optional(),
  note: z.string().optional(),
  dataset: slug,
  x: z.string().min(1),
  y: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  series: z.string().optional(),
  where: where.optional(),
  except: where.optional(),
  negate: where.optional(),
  colorBy: z.string().min(1).optional(),
  join: z
    .array(
      z.strictObject({
        dataset: slug,
        y: z.string().min(1),
        x: z.string().optional(),
        label: z.string().optional(),
        where: where.optional(),
      }),
    )
    .optional(),
  labels: z.record(z.string(), z.string()).optional(),
  yScale: z.enum(['linear', 'log']).optional(),
  from: xValue.optional(),
  to: xValue.optional(),
  base: xValue.optional(),
  orientation: z.enum(['vertical', 'horizontal']).optional(),
  stacked: z.boolean().optional(),
  valueLabels: z.boolean().optional(),
  pointLabel: z.string().optional(),
  annotations: z
    .array(z.strictObject({ x: z.string().optional(), y: z.number().optional(), label: z.string().min(1) }))
    .optional(),
});

// The schema and the chart module's contract must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _chartPropsMatchSpec: Same<z.output<typeof chartProps>, ChartSpec> = true;
void _chartPropsMatchSpec;

export const claimProps = z.strictObject({ id: slug });

export const quoteProps = z.strictObject({
  /** The French sentence, verbatim from the source. The English is the element's content. */
  original: z.string().min(1, 'the French original, verbatim'),
  /** Who said it (default: Qiao Wang); the same names as a claim's `speaker`. */
  speaker: speakerSchema.optional(),
  /** Id of an entry in content/sources/ (defaults to the interview). */
  source: slug.optional(),
});

const seriesRef = z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9_]+$/, 'a series written "dataset:column", e.g. "btc-usd-monthly:close_usd"');

export const correlationProps = z.strictObject({
  a: seriesRef,
  b: seriesRef,
  method: z.enum(['levels', 'log-levels', 'log-changes']),
  /** The date column both datasets share (default "date"). */
  x: z.string().optional(),
  from: xValue.optional(),
  to: xValue.optional(),
});

export const dataGapProps = z.strictObject({ title: z.string().optional() });

/** Every component an article may use, with the schema of its props. */
export const articleComponents = {
  Chart: chartProps,
  Claim: claimProps,
  Quote: quoteProps,
  DataGap: dataGapProps,
  Correlation: correlationProps,
} as const;

export type ArticleComponentName = keyof typeof articleComponents;
export type ChartProps = z.output<typeof chartProps>;
export type ClaimProps = z.output<typeof claimProps>;
export type QuoteProps = z.output<typeof quoteProps>;
export type DataGapProps = z.output<typeof dataGapProps>;
export type CorrelationProps = z.output<typeof correlationProps>;
