/**
 * How numbers and dates read on the page, in tooltips, tables, summaries and
 * CSV downloads. Everything follows the column's declared `unit` and date
 * `precision`, so "USD billions" always reads "$4.9bn" and a monthly date
 * "Jun 2023", and a downloaded CSV writes dates back as the source did.
 */
import { csvFormat, format, utcFormat } from 'd3';
import type { Cell, Column, DatePrecision, Table } from '../model/table.ts';
import { formatIsoDate, displayPrecision } from '../model/dates.ts';

/** What a unit string means for display. */
export interface UnitStyle {
  /** Currency symbol written before the number, e.g. `$`. */
  prefix: string;
  /** `%` for percentages. */
  suffix: string;
  /** The values are in thousands, millions, billions or trillions of the base unit. */
  scale: number;
  /** Index numbers (e.g. rebased to 100). */
  index: boolean;
}

const CURRENCIES: [RegExp, string][] = [
  [/\b(usd|us ?dollars?|dollars?)\b|\$/i, '$'],
  [/\b(eur|euros?)\b|€/i, '€'],
  [/\b(gbp|pounds?)\b|£/i, '£'],
];

const SCALES: [RegExp, number][] = [
  [/\b(thousands?|k)\b/i, 1e3],
  [/\b(millions?|mn|m)\b/i, 1e6],
  [/\b(billions?|bn)\b/i, 1e9],
  [/\b(trillions?|tn)\b/i, 1e12],
];

export function unitStyle(unit: string | undefined): UnitStyle {
  const text = (unit ?? '').trim();
  const style: UnitStyle = { prefix: '', suffix: '', scale: 1, index: false };
  if (!text) return style;
  if (/^(%|percent|per ?cent|pct|percentage points?)$/i.test(text) || /\bpercent\b/i.test(text)) {
    style.suffix = '%';
    return style;
  }
  if (/^(x|×|times|multiple)$/i.test(text)) {
    style.suffix = '×';
    return style;
  }
  if (/^index\b/i.test(text)) {
    style.index = true;
    return style;
  }
  style.prefix = CURRENCIES.find(([re]) => re.test(text))?.[1] ?? '';
  style.scale = SCALES.find(([re]) => re.test(text))?.[1] ?? 1;
  return style;
}

/** True when tick labels already say the unit ($, %, bn, ×), so no name needs to repeat it. */
export function unitShownInNumbers(unit: string | undefined): boolean {
  const style = unitStyle(unit);
  return !unit || style.prefix !== '' || style.suffix !== '';
}

const MINUS = '\u2212';
const SCALE_SUFFIX: Record<number, string> = { 1: '', 1e3: 'k', 1e6: 'm', 1e9: 'bn', 1e12: 'tn' };

const fixed0 = format(',.0f');
const fixed1 = format(',.1~f');
const fixed2 = format(',.2f');
const trim2 = format(',.2~f');
const sig2 = format('.2~r');

function magnitude(abs: number, style: UnitStyle): string {
  if (style.suffix === '%' || style.index) return abs >= 1000 ? fixed0(abs) : fixed1(abs);
  if (style.scale > 1) return abs >= 100 ? fixed0(abs) : fixed1(abs);
  if (abs >= 100 || abs === 0) return fixed0(abs);
  if (abs >= 1) return style.prefix ? fixed2(abs) : trim2(abs);
  return sig2(abs);
}

/**
 * One value in its unit. With `decimals`, exactly that many (how data values are shown: as the CSV
 * writes them, see `cellDecimals`); without, a reading rounded by magnitude (for computed values):
 * `USD` 87520 → "$87,520", 20.51 → "$20.51"; `USD billions` 4.9 → "$4.9bn";
 * `percent` 55.8 → "55.8%"; no unit 1234 → "1,234".
 */
export function formatNumber(value: number, unit?: string, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const style = unitStyle(unit);
  const sign = value < 0 ? MINUS : '';
  const abs = Math.abs(value);
  const digits = decimals === undefined ? magnitude(abs, style) : format(`,.${decimals}f`)(abs);
  return `${sign}${style.prefix}${digits}${SCALE_SUFFIX[style.scale] ?? ''}${style.suffix}`;
}

/** Decimals of a number as JavaScript writes it back (3.125 → 3, 20 → 0, 1e-7 → 7). */
export function writtenDecimals(value: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(20, Math.max(0, fraction - Number(exponent)));
}

/**
 * How many decimals a data value is shown with: the column's declared `decimals`, else as the CSV
 * writes it (3.125 stays 3.125, never "3.13"); computed columns (an index) round by magnitude.
 */
export function cellDecimals(column: Column, value: number): number | undefined {
  if (column.decimals !== undefined) return column.decimals;
  return column.computed ? undefined : writtenDecimals(value);
}

/** Compact tick labels: "$10k", "$100k", "$1m", "$5bn", "20%". */
export function formatTick(value: number, unit?: string): string {
  const style = unitStyle(unit);
  if (value === 0) return `${style.prefix}0${style.suffix}`;
  const sign = value < 0 ? MINUS : '';
  if (style.suffix || style.index) return `${sign}${trim2(Math.abs(value))}${style.suffix}`;
  const abs = Math.abs(value) * style.scale;
  const [divisor, suffix] =
    abs >= 1e12 ? [1e12, 'tn'] : abs >= 1e9 ? [1e9, 'bn'] : abs >= 1e6 ? [1e6, 'm'] : abs >= 1e3 ? [1e3, 'k'] : [1, ''];
  return `${sign}${style.prefix}${trim2(abs / divisor)}${suffix}`;
}

const DATE_FORMATS: Record<DatePrecision, (date: Date) => string> = {
  year: utcFormat('%Y'),
  month: utcFormat('%b %Y'),
  day: utcFormat('%-d %b %Y'),
};

/** "2023", "Jun 2023" or "30 Nov 2022". */
export function formatDate(date: Date, precision: DatePrecision = 'day'): string {
  return DATE_FORMATS[precision](date);
}

const MONTH_TEXT = /^(\d{4})-(\d{2})$/;
const QUARTER_TEXT = /^(\d{4})-?Q([1-4])$/;

/**
 * A category as people write it: "2019-06" reads "Jun 2019" and "2025-Q3" reads "Q3 2025"; any other
 * text is left as it is. For labels only: messages and data tables keep the text as the CSV writes it.
 */
export function categoryLabel(text: string): string {
  const month = MONTH_TEXT.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return DATE_FORMATS.month(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  const quarter = QUARTER_TEXT.exec(text);
  return quarter ? `Q${quarter[2]} ${quarter[1]}` : text;
}

/** The quarter and year of a label written "Q3 2025" (see categoryLabel). */
export function quarterOf(label: string): { quarter: number; year: string } | undefined {
  const match = /^Q([1-4]) (\d{4})$/.exec(label);
  return match ? { quarter: Number(match[1]), year: match[2]! } : undefined;
}

/** A non-null cell as a reader sees it. */
export function formatValue(column: Column, cell: Date | number | string): string {
  if (cell instanceof Date) return formatDate(cell, displayPrecision(column));
  if (typeof cell === 'number') return formatNumber(cell, column.unit, cellDecimals(column, cell));
  return cell;
}

/** A table cell for the data table under a chart; empty cells read as an em dash. */
export function formatCell(column: Column, cell: Cell): string {
  return cell === null ? '\u2014' : formatValue(column, cell);
}

/** A cell as the CSV source would write it (dates at the column precision). */
export function csvCell(column: Column, cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return formatIsoDate(cell, column.precision ?? 'day');
  return String(cell);
}

/**
 * The table as CSV text (header of column names, `\n` line ends, trailing
 * newline). A full unfiltered table round-trips to its source file.
 */
export function toCsv(table: Table): string {
  const names = table.columns.map((column) => column.name);
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((column) => [column.name, csvCell(column, row[column.name] ?? null)])),
  );
  return `${csvFormat(rows, names)}\n`;
}
