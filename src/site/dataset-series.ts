/**
 * The whole-series chart of a dataset (prepared once by the catalogue, see catalog/dataset-charts.ts)
 * as the dataset page draws it, and as the word-sized sparkline the data catalogue shows beside the
 * series' latest value.
 */
import { formatValue, type PreparedChart } from '../charts/index.ts';
import { sparklinePath } from '../charts/sparkline.ts';
import { getIndex } from './content-index.ts';

/** The sparkline's box in viewBox units: twice the size it is shown at, so whole units draw it sharply. */
export const SPARKLINE_BOX = { width: 128, height: 32 } as const;

export interface Sparkline {
  /** The `d` of the path in SPARKLINE_BOX. */
  path: string;
  /** The last value drawn, formatted as the data table formats it ("$22,355.3bn"). */
  last: string;
}

/** The chart that opens the dataset's page, or undefined for a dataset that is not a series. */
export function datasetChart(id: string): PreparedChart | undefined {
  return getIndex().datasetCharts.get(id);
}

/** The first line of the dataset's chart as a sparkline, or undefined when it has no chart. */
export function datasetSparkline(id: string): Sparkline | undefined {
  const chart = datasetChart(id);
  const series = chart?.series[0];
  const last = series?.points.findLast((point) => point.y !== null);
  if (!chart || !series || !last) return undefined;
  const path = sparklinePath(
    series.points.map((point) => point.y),
    { ...SPARKLINE_BOX, log: chart.spec.yScale === 'log' },
  );
  return { path, last: formatValue(series.column, last.y!) };
}
