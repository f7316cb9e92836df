/**
 * The one date module. Dates are written in three precisions (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) by
 * CSV files and by authors (`from`, `to`, `base`, annotation `x`); all are read as UTC and stand for
 * a whole period, so "2023" means the whole year, in a chart, a correlation or a check alike.
 */
import { utcDay, utcFormat, utcMonth, utcYear } from 'd3';
import type { Column, DatePrecision } from './table.ts';

export interface DateText {
  /** Start of the period, UTC midnight. */
  start: Date;
  /** Start of the next period (exclusive end). */
  end: Date;
  precision: DatePrecision;
}

/** The shape of a date as authors and CSV files write it. */
export const DATE_TEXT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function intervalOf(precision: DatePrecision) {
  return precision === 'year' ? utcYear : precision === 'month' ? utcMonth : utcDay;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `undefined` if the text is not one of those or not a real date. */
export function parseDateText(text: string): DateText | undefined {
  const match = DATE_TEXT.exec(text);
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

const ISO: Record<DatePrecision, (date: Date) => string> = {
  year: utcFormat('%Y'),
  month: utcFormat('%Y-%m'),
  day: utcFormat('%Y-%m-%d'),
};

/** Writes a date back as the CSV wrote it: `2023`, `2023-06` or `2023-06-30`. */
export function formatIsoDate(date: Date, precision: DatePrecision = 'day'): string {
  return ISO[precision](date);
}

/**
 * YAML reads an unquoted `2025-04-30` as a Date; turn it back into the text the author wrote, so that
 * every date goes through the same checks and messages.
 */
export function asDateText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? formatIsoDate(value) : value;
}

/**
 * The precision to show a date column at: the period its dates stand for when the dataset declares
 * one (a monthly series written 2024-03-01 reads "Mar 2024"), else how finely the CSV writes them.
 */
export function displayPrecision(column: Pick<Column, 'precision' | 'period'>): DatePrecision {
  return column.period ?? column.precision ?? 'day';
}

const READABLE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 November 2022": a day as readers see it in running text. */
export function readableDate(date: Date): string {
  return READABLE.format(date);
}

const READABLE_PERIOD: Record<DatePrecision, Intl.DateTimeFormat> = {
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  day: READABLE,
};

/** A period as running text writes it: "2024", "June 2026", "30 November 2022". */
export function readablePeriod(date: Date, precision: DatePrecision): string {
  return READABLE_PERIOD[precision].format(date);
}
