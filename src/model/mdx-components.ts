/**
 * Props of the components authors may use in MDX, as zod schemas: the content check validates every
 * use against these before Astro renders anything, and the components take their `Props` types from
 * here. The Astro components themselves are mapped to the same names in
 * src/components/mdx-components.ts (a unit test keeps the two lists equal).
 */
import { z } from 'astro/zod';
import { chartSpecSchema, dateText } from './chart-spec.ts';
import { slug, speakerSchema } from './collections.ts';

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
  /** Inclusive period, as for a chart: `to="2024"` includes all of 2024. */
  from: dateText.optional(),
  to: dateText.optional(),
});

export const dataGapProps = z.strictObject({ title: z.string().optional() });

/** Every component an article may use, with the schema of its props. */
export const componentProps = {
  Chart: chartSpecSchema,
  Claim: claimProps,
  Quote: quoteProps,
  DataGap: dataGapProps,
  Correlation: correlationProps,
} as const;

export type ComponentName = keyof typeof componentProps;
export type ClaimProps = z.output<typeof claimProps>;
export type QuoteProps = z.output<typeof quoteProps>;
export type DataGapProps = z.output<typeof dataGapProps>;
export type CorrelationProps = z.output<typeof correlationProps>;
