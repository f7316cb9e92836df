/**
 * The whole-series chart of a dataset (prepared once by the catalogue, see catalog/dataset-charts.ts)
 * as the dataset page draws it.
 */
import type { PreparedChart } from '../charts/index.ts';
import { getIndex } from './content-index.ts';

/** The chart that opens the dataset's page, or undefined for a dataset that is not a series. */
export function datasetChart(id: string): PreparedChart | undefined {
  return getIndex().datasetCharts.get(id);
}
