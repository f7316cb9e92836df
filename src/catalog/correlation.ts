/**
 * Correlations computed at build time from two bundled series, so an article
 * never types a coefficient by hand. Two methods, because they answer
 * different questions:
 * - `levels`: Pearson r of the raw values. Two series that both trend upward
 *   correlate strongly whatever links them, so this is shown to explain why it
 *   misleads, not as evidence.
 * - `log-changes`: Pearson r of period-on-period log changes, ln(v_t / v_t-1),
 *   over consecutive periods both series have: do they move together?
 */
import { deviation, mean } from 'd3';
import type { Table } from '../model/table.ts';

export type CorrelationMethod = 'levels' | 'log-levels' | 'log-changes';

export interface SeriesRef {
  table: Table;
  /** Date column both series are matched on. */
  x: string;
  y: string;
}

export interface Correlation {
  r: number;
  /** Number of pairs used. */
  n: number;
  from: Date;
  to: Date;
}

/** Pearson correlation coefficient of paired values (NaN if fewer than 3 pairs or a constant series). */
export function pearson(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length < 3) return Number.NaN;
  const ma = mean(a)!;
  const mb = mean(b)!;
  const sa = deviation(a);
  const sb = deviation(b);
  if (!sa || !sb) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - ma) * (b[i]! - mb);
  return sum / (a.length - 1) / (sa * sb);
}

/** A period as a chart's `from` and `to` give it: `from` inclusive, `before` the exclusive end. */
export interface Period {
  from?: Date;
  before?: Date;
}

function valuesByTime(ref: SeriesRef, { from, before }: Period): Map<number, number> {
  const values = new Map<number, number>();
  for (const row of ref.table.rows) {
    const x = row[ref.x];
    const y = row[ref.y];
    if (!(x instanceof Date) || typeof y !== 'number') continue;
    if ((from && x < from) || (before && x >= before)) continue;
    values.set(x.getTime(), y);
  }
  return values;
}

/** Correlate two series over the dates they share within `period`. */
export function correlate(a: SeriesRef, b: SeriesRef, method: CorrelationMethod, period: Period = {}): Correlation {
  const va = valuesByTime(a, period);
  const vb = valuesByTime(b, period);
  const times = [...va.keys()].filter((time) => vb.has(time)).sort((p, q) => p - q);
  const xs: number[] = [];
  const ys: number[] = [];
  const used: number[] = [];
  if (method === 'log-changes') {
    // A change needs both ends; a gap in either series drops that step rather than bridging it.
    const all = [...new Set([...va.keys(), ...vb.keys()])].sort((p, q) => p - q);
    for (let i = 1; i < all.length; i++) {
      const [before, now] = [all[i - 1]!, all[i]!];
      if (!va.has(before) || !va.has(now) || !vb.has(before) || !vb.has(now)) continue;
      xs.push(Math.log(va.get(now)! / va.get(before)!));
      ys.push(Math.log(vb.get(now)! / vb.get(before)!));
      used.push(now);
    }
  } else {
    for (const time of times) {
      const transform = method === 'log-levels' ? Math.log : (v: number) => v;
      xs.push(transform(va.get(time)!));
      ys.push(transform(vb.get(time)!));
      used.push(time);
    }
  }
  return { r: pearson(xs, ys), n: xs.length, from: new Date(used[0] ?? Number.NaN), to: new Date(used.at(-1) ?? Number.NaN) };
}

/**
 * Resolve "dataset:column" against the tables; the date column is `x`.
 * @returns the series, or a sentence saying what is wrong and what is accepted.
 */
export function resolveSeries(ref: string, x: string, tables: ReadonlyMap<string, Table>): SeriesRef | string {
  const [datasetId = '', y = ''] = ref.split(':');
  const table = tables.get(datasetId);
  if (!table) return `"${ref}": unknown dataset "${datasetId}"; write "dataset:column" with a dataset among ${[...tables.keys()].sort().join(', ')}`;
  const numbers = table.columns.filter((column) => column.type === 'number').map((column) => column.name);
  if (!numbers.includes(y)) return `"${ref}": "${y}" is not a number column of "${datasetId}"; expected one of ${numbers.join(', ')}`;
  const dates = table.columns.filter((column) => column.type === 'date').map((column) => column.name);
  if (!dates.includes(x)) return `"${ref}": x "${x}" is not a date column of "${datasetId}"; expected one of ${dates.join(', ') || '(none)'}`;
  return { table, x, y };
}
