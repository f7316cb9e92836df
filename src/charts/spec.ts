/**
 * The author's contract for a chart: what `<Chart ... />` in MDX accepts.
 * Every field is a literal in MDX (strings, numbers, booleans, arrays and
 * objects of those), so the pre-build content check can validate it too.
 */

export type ChartType = 'line' | 'area' | 'bar' | 'scatter' | 'indexed';

/** Row filter: column -> exact text, or a list of accepted texts. */
export type Where = Record<string, string | string[]>;

/** A series taken from another dataset, joined to the main one on `x`. */
export interface JoinSpec {
  dataset: string;
  y: string;
  /** Column of the joined dataset to match against the main `x` (defaults to `x`). */
  x?: string;
  label?: string;
  where?: Where;
}

export interface Annotation {
  /** A date (YYYY, YYYY-MM or YYYY-MM-DD) or category on the x axis. */
  x?: string;
  /** A value on the y axis (draws a horizontal rule). */
  y?: number;
  label: string;
}

export interface ChartSpec {
  /** Unique within an article: the figure's `id` and permalink fragment. */
  id: string;
  type: ChartType;
  title: string;
  subtitle?: string;
  caption?: string;
  note?: string;
  /** The main dataset id (`content/data/<id>.csv`). */
  dataset: string;
  /** Column for the x axis. */
  x: string;
  /** One or several numeric columns. */
  y: string | string[];
  /** A column whose values split rows into separate series (long format). */
  series?: string;
  /** Keep only rows whose column equals the given text, e.g. { metric: "private_investment_in_ai" }. */
  where?: Where;
  /** Drop rows whose column equals a given text (or any text of a list), e.g. { vintage: "… (revised)" }. */
  except?: Where;
  /**
   * Draw the y value of matching rows below zero: for datasets that store a size and a direction
   * (`{ direction: ["slower", "decrease"] }`), so losses point the other way from gains.
   */
  negate?: Where;
  /** Bar charts with one series: colour each bar by this column's value (a key names the colours). */
  colorBy?: string;
  /** Series from other datasets, joined on x (line and indexed charts). */
  join?: JoinSpec[];
  /** Display names for y columns or series values. */
  labels?: Record<string, string>;
  yScale?: 'linear' | 'log';
  /** Inclusive x range, dates as YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Indexed charts: the x value where every series equals 100 (defaults to the first x all series share). */
  base?: string;
  /** Bar charts. */
  orientation?: 'vertical' | 'horizontal';
  stacked?: boolean;
  /** Bar charts: print each bar's value at its end (the total for stacked bars). */
  valueLabels?: boolean;
  /** Scatter: column whose text labels each point. */
  pointLabel?: string;
  annotations?: Annotation[];
}
