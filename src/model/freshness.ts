/**
 * How fresh a dataset is: its last observation, and whether that is older than its update frequency
 * allows. The same rule warns maintainers in the build and tells readers on the dataset page.
 */
import { max } from 'd3';
import type { Frequency } from './collections.ts';
import { displayPrecision, intervalOf } from './dates.ts';
import type { DatePrecision, Table } from './table.ts';

/**
 * How long after the end of its last period a series may go without a new one: a monthly series is
 * stale when more than three months behind, a yearly one when the next year's figure is half a year late.
 */
export const STALE_AFTER_MONTHS: Record<Frequency, number> = { daily: 0.25, monthly: 3, quarterly: 6, yearly: 18 };

export interface Freshness {
  /** Start of the last period observed (UTC). */
  last: Date;
  /** The period one date stands for: `month` for 2026-06-01 in a monthly series. */
  precision: DatePrecision;
  /** Whole months from the end of that period to `today`. */
  monthsBehind: number;
  stale: boolean;
}

/** The table's first date column, where its observations are dated. */
export function dateColumnOf(table: Table) {
  return table.columns.find((column) => column.type === 'date');
}

/** @returns undefined for a table with no date column or no dated row. */
export function freshness(table: Table, frequency: Frequency | undefined, today: Date): Freshness | undefined {
  const column = dateColumnOf(table);
  const last = column && max(table.rows, (row) => row[column.name] as Date | null);
  if (!column || !last) return undefined;
  const precision = displayPrecision(column);
  const end = intervalOf(precision).offset(last, 1);
  const monthsBehind = Math.max(0, Math.floor((today.getTime() - end.getTime()) / (30.44 * 86_400_000)));
  const stale = frequency !== undefined && today.getTime() - end.getTime() > STALE_AFTER_MONTHS[frequency] * 30.44 * 86_400_000;
  return { last, precision, monthsBehind, stale };
}
