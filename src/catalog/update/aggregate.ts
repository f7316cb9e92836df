/**
 * Observations -> the dataset's rows: one row per period (month, quarter...), each column computed as
 * `update.columns` says (the month's last close, the mean of its closes, how many days it has...).
 * Only complete periods become rows: a month still in progress is left for the next update, and the
 * first month of a response that starts mid-month (a 365-day window) is not read as a whole one.
 */
import { group, mean } from 'd3';
import type { DatasetUpdate, Frequency } from '../../model/collections.ts';
import { type Observation, ResponseError } from './formats.ts';

type Mapping = NonNullable<DatasetUpdate['columns']>[string];

/** The first day of the period `date` (YYYY-MM-DD) falls in. */
export function periodStart(date: string, frequency: Frequency): string {
  const [year, month] = [date.slice(0, 4), Number(date.slice(5, 7))];
  if (frequency === 'daily') return date;
  if (frequency === 'monthly') return `${date.slice(0, 7)}-01`;
  if (frequency === 'quarterly') return `${year}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return `${year}-01-01`;
}

function cell(mapping: Mapping, period: string, observations: Observation[]): string {
  if (typeof mapping === 'object' && 'constant' in mapping) return mapping.constant;
  const [from, round] = typeof mapping === 'string' ? [mapping, undefined] : [mapping.from, mapping.round];
  const last = observations.at(-1)!;
  if (from === 'value' && observations.length > 1) throw new ResponseError('schema', `${observations.length} values for ${period}, where one was expected`);
  if (from === 'last-date') return last.date;
  if (from === 'count') return String(observations.length);
  // A value the source wrote is kept as written unless the dataset rounds it.
  if ((from === 'value' || from === 'last') && round === undefined) return last.text;
  const value = from === 'mean' ? mean(observations, (observation) => observation.value)! : last.value;
  return round === undefined ? String(value) : value.toFixed(round);
}

/** Whether any column is computed over a period's observations rather than being its one value. */
function needsWholePeriod(columns: Record<string, Mapping>): boolean {
  return Object.values(columns).some((mapping) => typeof mapping === 'string' ? mapping !== 'value' : 'from' in mapping && mapping.from !== 'value');
}

export interface AggregateOptions {
  frequency: Frequency;
  columns: Record<string, Mapping>;
  dateColumn: string;
  /** How the CSV writes a period: 10 for 2024-03-01, 7 for 2024-03, 4 for 2024. */
  dateLength: number;
}

/** @returns rows keyed by the date cell as the CSV writes it, oldest first. */
export function aggregate(observations: Observation[], options: AggregateOptions): Map<string, Record<string, string>> {
  const sorted = [...observations].sort((a, b) => a.date.localeCompare(b.date));
  const periods = [...group(sorted, (observation) => periodStart(observation.date, options.frequency))];
  // A period is known whole only between others: the source has a later one and an earlier one.
  const complete = needsWholePeriod(options.columns) ? periods.slice(1, -1) : periods;
  return new Map(
    complete.map(([start, within]) => {
      const key = start.slice(0, options.dateLength);
      const row: Record<string, string> = { [options.dateColumn]: key };
      for (const [column, mapping] of Object.entries(options.columns)) row[column] = cell(mapping, key, within);
      return [key, row];
    }),
  );
}
