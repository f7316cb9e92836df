/**
 * The chart that opens a dataset page: the whole series, checked and prepared once per build like the
 * charts of articles, so the page and the catalogue's sparkline only draw it. A dataset gets one when it
 * has a date column and a number column, and either names what to draw (`chart:` in its .yml) or is a
 * series (one row per date): a list of events or of studies is not a line.
 */
import { checkChart, type PreparedChart } from '../charts/index.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import { readablePeriod, displayPrecision } from '../model/dates.ts';
import { ChartSpecError, ContentError } from '../model/errors.ts';
import { dateColumnOf } from '../model/freshness.ts';
import type { Dataset } from './load.ts';

/** The figure's id on the dataset page, and the prefix of its SVG ids. */
export const DATASET_CHART_ID = 'whole-series';

/** Fewer dated rows than this is a handful of observations, better read in the table than as a line. */
const MIN_ROWS = 3;

/** "US dollars, January 1995 to June 2026, log scale": what the axis measures and over which period. */
function subtitleOf(dataset: Dataset, x: string, ys: string[], log: boolean): string {
  const { table } = dataset;
  const column = table.columns.find((candidate) => candidate.name === x)!;
  const dates = table.rows.map((row) => row[x]).filter((cell): cell is Date => cell instanceof Date);
  const times = dates.map((date) => date.getTime());
  const period = (time: number) => readablePeriod(new Date(time), displayPrecision(column));
  const units = new Set(ys.map((y) => table.columns.find((candidate) => candidate.name === y)?.unit));
  const unit = units.size === 1 ? [...units][0] : undefined;
  const range = times.length ? `${period(Math.min(...times))} to ${period(Math.max(...times))}` : undefined;
  return [unit, range, log ? 'log scale' : undefined].filter(Boolean).join(', ');
}

/** Whether every row has a date of its own: one line can go through them. */
function isSeries(table: Dataset['table'], x: string): boolean {
  const dates = table.rows.map((row) => (row[x] instanceof Date ? (row[x] as Date).getTime() : undefined));
  return !dates.includes(undefined) && new Set(dates).size === dates.length;
}

/** The spec of a dataset's chart, or undefined when the dataset has nothing to draw as a line. */
export function datasetChartSpec(dataset: Dataset): ChartSpec | undefined {
  const { table, meta } = dataset;
  const x = dateColumnOf(table);
  const firstNumber = table.columns.find((column) => column.type === 'number');
  if (!x || (!meta.chart && (!firstNumber || table.rows.length < MIN_ROWS || !isSeries(table, x.name)))) return undefined;
  const ys = meta.chart?.y ?? [firstNumber!.name];
  const labels = ys.map((y) => table.columns.find((column) => column.name === y)?.label ?? y);
  return {
    id: DATASET_CHART_ID,
    type: 'line',
    dataset: dataset.id,
    x: x.name,
    y: ys,
    title: labels.join(' and '),
    subtitle: subtitleOf(dataset, x.name, ys, meta.chart?.yScale === 'log'),
    ...(meta.chart?.yScale ? { yScale: meta.chart.yScale } : {}),
  };
}

/**
 * Every dataset's chart, prepared, by dataset id; a `chart:` field that cannot be drawn is an error at
 * its line (a column that is not a number, a log scale over zero), as a `<Chart>` in an article is.
 */
export function datasetCharts(datasets: Iterable<Dataset>, tables: ReadonlyMap<string, Dataset['table']>): { charts: Map<string, PreparedChart>; errors: ContentError[] } {
  const charts = new Map<string, PreparedChart>();
  const errors: ContentError[] = [];
  for (const dataset of datasets) {
    const fail = (message: string) =>
      errors.push(new ContentError({ file: dataset.file, line: dataset.yaml.lineOf(['chart']), code: 'dataset-chart', message: `chart: ${message}` }));
    const spec = datasetChartSpec(dataset);
    if (!spec) {
      if (dataset.meta.chart) fail('the dataset has no date column to draw the series against; remove the chart field');
      continue;
    }
    if (!isSeries(dataset.table, spec.x)) {
      fail(`column "${spec.x}" has several rows for one date (or an empty date), so the rows make no single line; remove the chart field`);
      continue;
    }
    try {
      charts.set(dataset.id, checkChart(spec, tables));
    } catch (error) {
      if (!(error instanceof ChartSpecError)) throw error;
      fail(error.message.replace(/^chart "[^"]*": /, ''));
    }
  }
  return { charts, errors };
}
