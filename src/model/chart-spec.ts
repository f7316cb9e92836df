/**
 * The author's contract for a chart: what `<Chart ... />` in MDX accepts, as one zod schema. The chart
 * module, the content check and the component all use the type inferred from it, so there is one
 * definition. Every field is a literal in MDX (text, numbers, booleans, arrays and objects of those).
 */
import { z } from 'astro/zod';
import { subjectSchema } from './subjects.ts';
import { slug } from './collections.ts';
import { DATE_TEXT } from './dates.ts';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the whole year, month or day. */
export const dateText = z.string().regex(DATE_TEXT, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');

/** Row filter: column -> exact text, or a list of accepted texts. */
export const whereSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]));

export const chartTypes = ['line', 'area', 'bar', 'scatter', 'indexed'] as const;

export const chartSpecSchema = z.strictObject({
  /** Unique within an article: the figure's `id` and permalink fragment. */
  id: slug,
  type: z.enum(chartTypes),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  note: z.string().optional(),
  /** The main dataset id (`content/data/<id>.csv`). */
  dataset: slug,
  /** Column for the x axis. */
  x: z.string().min(1),
  /** One or several numeric columns. */
  y: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** A column whose values split rows into separate series (long format). */
  series: z.string().optional(),
  /** Keep only rows whose column equals the given text, e.g. { metric: "private_investment_in_ai" }. */
  where: whereSchema.optional(),
  /** Drop rows whose column equals a given text (or any text of a list), e.g. { vintage: "… (revised)" }. */
  except: whereSchema.optional(),
  /**
   * Draw the y value of matching rows below zero: for datasets that store a size and a direction
   * (`{ direction: ["slower", "decrease"] }`), so losses point the other way from gains.
   */
  negate: whereSchema.optional(),
  /** Bar charts with one series: colour each bar by this column's value (a key names the colours). */
  colorBy: z.string().min(1).optional(),
  /** Series from other datasets, joined on x (line, area, bar and indexed charts). */
  join: z
    .array(
      z.strictObject({
        dataset: slug,
        y: z.string().min(1),
        /** Column of the joined dataset to match against the main `x` (defaults to `x`). */
        x: z.string().optional(),
        label: z.string().optional(),
        where: whereSchema.optional(),
      }),
    )
    .optional(),
  /** Display names for y columns, series values or `colorBy` values. */
  labels: z.record(z.string(), z.string()).optional(),
  /**
   * What a series (by key: y column, series value, `<dataset>:<y>` for a join) or a `colorBy` value is
   * about, where its dataset does not say: gives it that subject's colour.
   */
  subjects: z.record(z.string(), subjectSchema).optional(),
  /**
   * Events from content/events marked on the chart, by id, drawn like annotations with the event's
   * label; "all" marks every event inside the chart's range (the timeline's chart).
   */
  events: z.union([z.literal('all'), z.array(slug).min(1)]).optional(),
  /** Bar charts with one series: the categories (x as written) that carry the story; the others are drawn muted. */
  highlight: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  yScale: z.enum(['linear', 'log']).optional(),
  /** Inclusive x range: `to="2024"` includes all of 2024. */
  from: dateText.optional(),
  to: dateText.optional(),
  /** Indexed charts: the x value where every series equals 100 (defaults to the first x all series share). */
  base: dateText.optional(),
  /** Bar charts. */
  orientation: z.enum(['vertical', 'horizontal']).optional(),
  stacked: z.boolean().optional(),
  /** Bar charts: print each bar's value at its end (the total for stacked bars). */
  valueLabels: z.boolean().optional(),
  /** Scatter: column whose text labels each point. */
  pointLabel: z.string().optional(),
  /** A date or category (`x`) for a vertical rule, or a value (`y`) for a horizontal one. */
  annotations: z
    .array(z.strictObject({ x: z.string().optional(), y: z.number().optional(), label: z.string().min(1) }))
    .optional(),
});

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type ChartType = ChartSpec['type'];
export type Where = z.output<typeof whereSchema>;
export type JoinSpec = NonNullable<ChartSpec['join']>[number];
export type Annotation = NonNullable<ChartSpec['annotations']>[number];
