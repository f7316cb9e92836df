/**
 * The typed table: what `src/lib` hands to `src/charts` and components once a
 * dataset's CSV has been checked against its `.yml` column declarations.
 */

import type { Subject } from './subjects.ts';

export type ColumnType = 'date' | 'number' | 'string';

/**
 * How finely a date column is written in the CSV. Kept so that dates print
 * back exactly as the source wrote them ("2023-06" stays a month, "2026" a year).
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface Column {
  name: string;
  type: ColumnType;
  label: string;
  unit?: string;
  description?: string;
  /** Only for `date` columns: how the CSV writes its dates (one precision per column). */
  precision?: DatePrecision;
  /**
   * Only for `date` columns: the period each date stands for, when it is coarser than
   * how it is written (monthly series dated the first of the month). Used for display.
   */
  period?: DatePrecision;
  /** Only for `number` columns: decimals to display, when declared; otherwise each value shows as written. */
  decimals?: number;
  /** Values the site computed (a rebased index), shown rounded rather than as written. */
  computed?: boolean;
  /** What the column measures, when the dataset's subject does not say it: gives its series' colour. */
  subject?: Subject;
}

/** A parsed cell: `Date` (UTC midnight) for dates, `number`, `string`, or `null` when empty. */
export type Cell = Date | number | string | null;

export type Row = Record<string, Cell>;

export interface Table {
  /** The dataset id: the file name without extension. */
  id: string;
  title: string;
  columns: Column[];
  rows: Row[];
  /** What the data is about (crypto, ai, macro): every chart draws its series in that subject's colour. */
  subject?: Subject;
}
