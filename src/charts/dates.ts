/**
 * Dates written by authors (`from`, `to`, `base`, annotation `x`) and by the
 * CSV files come at three precisions. These helpers parse them as UTC and
 * compare or print them at a given precision, so "2023" means the whole year.
 */
import { utcDay, utcMonth, utcYear } from 'd3';
import type { Column, DatePrecision } from '../lib/table.ts';

export interface DateText {
  /** Start of the period, UTC midnight. */
  start: Date;
  /** Start of the next period (exclusive end). */
  end: Date;
  precision: DatePrecision;
}

const DATE_TEXT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `undefined` if the text is not one of those or not a real date. */
export function parseDateText(text: string): DateText | undefined {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (day !== undefined && start.getUTCDate() !== day) return undefined;
  start.setUTCFullYear(year); // years below 100 would otherwise map to 19xx
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { start, end: intervalOf(precision).offset(start, 1), precision };
}

export function intervalOf(precision: DatePrecision) {
  return precision === 'year' ? utcYear : precision === 'month' ? utcMonth : utcDay;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Writes a date back as the CSV wrote it: `2023`, `2023-06` or `2023-06-30`. */
export function formatIsoDate(date: Date, precision: DatePrecision = 'day'): string {
  const year = pad(date.getUTCFullYear(), 4);
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1, 2)}`;
  if (precision === 'month') return month;
  return `${month}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * The precision to show a date column at: the period its dates stand for when
 * the dataset declares one (a monthly series written 2024-03-01 reads "Mar 2024"),
 * else how finely the CSV writes them.
 */
export function displayPrecision(column: Pick<Column, 'precision' | 'period'>): DatePrecision {
  return column.period ?? column.precision ?? 'day';
}
