/**
 * Turns a spec plus the typed tables into the series a renderer draws:
 * filter (`where`, `from`/`to`), split (several `y` columns or a `series`
 * column), join other datasets on x, rebase indexed charts. It also builds the
 * "rows shown" table behind the data table and CSV download, so what readers
 * download is exactly what the chart draws.
 *
 * Data-dependent mistakes (nothing left after filtering, no base for an
 * indexed chart, non-positive values on a log scale) throw ChartSpecError;
 * structural ones are caught earlier by `validateSpec`.
 */
import type { Subject } from '../model/subjects.ts';
import { assignColours } from './colours.ts';
import type { ColourSlot } from './palette.ts';
import { extent, group } from 'd3';
import type { Cell, Column, DatePrecision, Row, Table } from '../model/table.ts';
import { displayPrecision, formatIsoDate, intervalOf, parseDateText } from '../model/dates.ts';
import { ChartSpecError } from '../model/errors.ts';
import { csvCell, formatDate, formatValue } from './format.ts';
import type { Where, ChartSpec } from '../model/chart-spec.ts';

export type XValue = Date | number | string;

export interface Point {
  x: XValue;
  /** `null` is a gap: never interpolated. */
  y: number | null;
  /** Scatter `pointLabel` text. */
  label?: string;
  /** The `colorBy` value of the row. */
  group?: string;
}

export interface PreparedSeries {
  /** Stable key: the y column name, the `series` value, or `<dataset>:<y>` for joins. */
  key: string;
  /** Display name (from `labels`, the join label, or the column label). */
  label: string;
  /** The value column (gives the unit). */
  column: Column;
  /** Sorted by x for date and number x; in row order for categories. */
  points: Point[];
  /** What the series is about: its colour follows (see colours.ts). */
  subject?: Subject;
  colour: ColourSlot;
}

export interface PreparedChart {
  spec: ChartSpec;
  xColumn: Column;
  /** Unit shared by all series (`index` for indexed charts); undefined when they differ. */
  unit: string | undefined;
  /** Distinct x values over all series, in drawing order. */
  xs: XValue[];
  series: PreparedSeries[];
  /** Indexed charts: where every series equals 100. */
  base?: Date;
  /** `colorBy` values in order of first appearance. */
  groups?: string[];
  /** The colour of each `colorBy` group, in `groups` order. */
  groupColours?: ColourSlot[];
  /** The rows shown, as a table for the data table and CSV. */
  shown: Table;
}

/** `y` as a list. */
export function yColumns(spec: ChartSpec): string[] {
  return Array.isArray(spec.y) ? spec.y : [spec.y];
}

/** Key for exact matching of x values (Date by time, others by text). */
export function xKey(value: XValue): string {
  return value instanceof Date ? `d${value.getTime()}` : typeof value === 'number' ? `n${value}` : `s${value}`;
}

function compareX(a: XValue, b: XValue): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return 0;
}

/** Formats an x value for messages and summaries. */
export function formatX(column: Column, value: XValue): string {
  if (value instanceof Date) return formatDate(value, displayPrecision(column));
  if (typeof value === 'number') return formatValue(column, value);
  return value;
}

function column(table: Table, name: string): Column {
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`internal: column ${name} missing from ${table.id} (validateSpec first)`);
  return found;
}

function applyWhere(spec: ChartSpec, table: Table, rows: Row[], where: Where | undefined, field: string): Row[] {
  if (!where) return rows;
  let kept = rows;
  for (const [name, expected] of Object.entries(where)) {
    const col = column(table, name);
    const before = kept;
    // A list keeps rows matching any of its values (e.g. one publisher's reports among several).
    const accepted = new Set((Array.isArray(expected) ? expected : [expected]).map(String));
    kept = kept.filter((row) => accepted.has(csvCell(col, row[name] ?? null)));
    if (kept.length === 0) {
      const values = [...new Set(before.map((row) => csvCell(col, row[name] ?? null)))].filter((v) => v !== '');
      const shown = values.slice(0, 8).join(', ') + (values.length > 8 ? ', ...' : '');
      throw new ChartSpecError(spec.id, `${field} ${name} = ${JSON.stringify(expected)} matches no rows of dataset "${table.id}"; values of ${name} include: ${shown}`);
    }
  }
  return kept;
}

/** Drop rows whose column holds any listed value: a revised vintage, a second publisher's figure. */
function applyExcept(table: Table, rows: Row[], except: Where | undefined): Row[] {
  if (!except) return rows;
  const rules = Object.entries(except).map(([name, values]) => ({
    name,
    col: column(table, name),
    values: new Set((Array.isArray(values) ? values : [values]).map(String)),
  }));
  return rows.filter((row) => !rules.some(({ name, col, values }) => values.has(csvCell(col, row[name] ?? null))));
}

function dateRange(rows: Row[], name: string): [Date, Date] | undefined {
  const [min, max] = extent(rows, (row) => (row[name] instanceof Date ? (row[name] as Date) : undefined));
  return min && max ? [min, max] : undefined;
}

function applyRange(spec: ChartSpec, xColumn: Column, rows: Row[]): Row[] {
  if (spec.from === undefined && spec.to === undefined) return rows;
  const from = spec.from === undefined ? undefined : parseDateText(spec.from);
  const to = spec.to === undefined ? undefined : parseDateText(spec.to);
  // A row stands for its whole period (a year, a month): it is kept when that period meets the range,
  // so from="2024-06" on yearly data keeps 2024 rather than dropping it.
  const step = intervalOf(displayPrecision(xColumn));
  const kept = rows.filter((row) => {
    const cell = row[xColumn.name];
    if (!(cell instanceof Date)) return false;
    return (!from || step.offset(cell, 1) > from.start) && (!to || cell < to.end);
  });
  if (kept.length > 0) return kept;
  const range =
    spec.from !== undefined && spec.to !== undefined
      ? `between ${spec.from} and ${spec.to}`
      : spec.from !== undefined
        ? `from ${spec.from} on`
        : `up to ${spec.to}`;
  const covered = dateRange(rows, xColumn.name);
  const precision: DatePrecision = displayPrecision(xColumn);
  const covers = covered
    ? `; the data covers ${formatIsoDate(covered[0], precision)} to ${formatIsoDate(covered[1], precision)}`
    : '';
  throw new ChartSpecError(spec.id, `no rows left ${range}${covers}`);
}

function sortPoints(points: Point[]): Point[] {
  return points[0] && typeof points[0].x !== 'string' ? [...points].sort((a, b) => compareX(a.x, b.x)) : points;
}

function checkDuplicates(spec: ChartSpec, xColumn: Column, series: PreparedSeries): void {
  const seen = new Set<string>();
  for (const point of series.points) {
    const key = xKey(point.x);
    if (seen.has(key)) {
      throw new ChartSpecError(spec.id, `x "${spec.x}" has several rows at ${formatX(xColumn, point.x)} in series "${series.label}"; add a where filter or a series column`);
    }
    seen.add(key);
  }
}

function asX(cell: Cell | undefined): XValue | undefined {
  return cell === null || cell === undefined ? undefined : cell;
}

function asY(cell: Cell | undefined): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

/** Builds the drawable series and the rows shown. Assumes the spec passed the structural checks of `validateSpec`. */
export function prepareChart(spec: ChartSpec, tables: ReadonlyMap<string, Table>): PreparedChart {
  const table = tables.get(spec.dataset);
  if (!table) throw new Error(`internal: dataset ${spec.dataset} missing (validateSpec first)`);
  const xColumn = column(table, spec.x);
  const ys = yColumns(spec);
  const labels = spec.labels ?? {};
  const pointLabel = spec.type === 'scatter' && spec.pointLabel ? spec.pointLabel : undefined;

  let rows = applyWhere(spec, table, table.rows, spec.where, 'where');
  rows = applyExcept(table, rows, spec.except);
  rows = applyRange(spec, xColumn, rows);
  rows = rows.filter((row) => asX(row[spec.x]) !== undefined);

  const negated = matcher(table, spec.negate);
  const colorColumn = spec.colorBy === undefined ? undefined : column(table, spec.colorBy);
  const toPoint = (row: Row, y: string): Point => {
    const value = asY(row[y]);
    const point: Point = { x: row[spec.x] as XValue, y: value !== null && negated(row) ? -value : value };
    if (colorColumn) point.group = csvCell(colorColumn, row[colorColumn.name] ?? null);
    if (pointLabel) {
      const text = row[pointLabel];
      if (text !== null && text !== undefined) point.label = formatX(column(table, pointLabel), text);
    }
    return point;
  };

  const series: PreparedSeries[] = [];
  if (spec.series) {
    const splitColumn = column(table, spec.series);
    const yColumn = column(table, ys[0] ?? '');
    const groups = group(rows, (row) => csvCell(splitColumn, row[spec.series!] ?? null));
    groups.delete('');
    for (const [value, groupRows] of groups) {
      series.push({
        key: value,
        label: labels[value] ?? value,
        column: yColumn,
        points: sortPoints(groupRows.map((row) => toPoint(row, yColumn.name))),
        ...subjectOf(spec, value, yColumn, table),
        colour: 'other-1',
      });
    }
  } else {
    for (const y of ys) {
      const yColumn = column(table, y);
      series.push({ key: y, label: labels[y] ?? yColumn.label, column: yColumn, points: sortPoints(rows.map((row) => toPoint(row, y))), ...subjectOf(spec, y, yColumn, table), colour: 'other-1' });
    }
  }

  // Distinct x of the main dataset, the frame joins are matched against.
  const rowOrder = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = xKey(row[spec.x] as XValue);
    if (!rowOrder.has(key)) rowOrder.set(key, index);
  });
  const mainXs = distinctXs(series, rowOrder);

  const joinColumns: { name: string; column: Column; values: Map<string, number | null> }[] = [];
  const usedNames = new Set(table.columns.map((c) => c.name));
  (spec.join ?? []).forEach((join, i) => {
    const joined = tables.get(join.dataset);
    if (!joined) throw new Error(`internal: dataset ${join.dataset} missing (validateSpec first)`);
    const joinX = join.x ?? spec.x;
    const yColumn = column(joined, join.y);
    const joinRows = applyWhere(spec, joined, joined.rows, join.where, `join[${i}].where`);
    const values = new Map<string, number | null>();
    for (const row of joinRows) {
      const x = asX(row[joinX]);
      if (x === undefined) continue;
      const key = xKey(x);
      if (values.has(key)) {
        throw new ChartSpecError(spec.id, `join[${i}] dataset "${join.dataset}" has several rows at ${formatX(column(joined, joinX), x)}; add a where filter to the join`);
      }
      values.set(key, asY(row[join.y]));
    }
    const label = join.label ?? labels[join.y] ?? yColumn.label;
    const key = uniqueKey(`${join.dataset}:${join.y}`, series);
    series.push({ key, label, column: yColumn, points: mainXs.map((x) => ({ x, y: values.get(xKey(x)) ?? null })), ...subjectOf(spec, key, yColumn, joined), colour: 'other-1' });
    // The same column joined twice (two filters of one dataset) needs a column name of its own each time.
    let name = usedNames.has(join.y) ? `${join.dataset}_${join.y}` : join.y;
    for (let n = 2; usedNames.has(name); n++) name = `${join.dataset}_${join.y}_${n}`;
    usedNames.add(name);
    joinColumns.push({ name, column: { ...yColumn, name, label }, values });
  });

  if (spec.type !== 'scatter') for (const s of series) checkDuplicates(spec, xColumn, s);

  let base: Date | undefined;
  if (spec.type === 'indexed') {
    base = findBase(spec, xColumn, series);
    rebase(spec, xColumn, series, base);
  }

  if (spec.yScale === 'log') checkPositive(spec, xColumn, series);

  const units = new Set(series.map((s) => s.column.unit ?? ''));
  const unit = spec.type === 'indexed' ? 'index' : units.size === 1 ? series[0]?.column.unit : undefined;

  assignColours(series.map((s) => s.subject)).forEach((colour, i) => (series[i]!.colour = colour));
  const groups = colorColumn ? [...new Set(series.flatMap((s) => s.points.flatMap((p) => (p.y === null || !p.group ? [] : [p.group]))))] : undefined;
  const groupColours = groups && assignColours(groups.map((value) => spec.subjects?.[value]));
  const shown = shownTable(spec, table, rows, joinColumns, series, base);
  if (spec.negate) addSigned(shown, ys[0]!, negated);
  return { spec, xColumn, unit, xs: distinctXs(series, rowOrder), series, ...(base ? { base } : {}), ...(groups ? { groups, groupColours: groupColours! } : {}), shown };
}

/** A series' subject: the author's `subjects` entry for its key, else its column's, else its dataset's. */
function subjectOf(spec: ChartSpec, key: string, yColumn: Column, table: Table): { subject?: Subject } {
  const subject = spec.subjects?.[key] ?? yColumn.subject ?? table.subject;
  return subject ? { subject } : {};
}

/** A predicate for rows matching a `where`-shaped filter (none matches when there is no filter). */
function matcher(table: Table, where: Where | undefined): (row: Row) => boolean {
  const rules = Object.entries(where ?? {}).map(([name, values]) => ({
    col: column(table, name),
    values: new Set((Array.isArray(values) ? values : [values]).map(String)),
  }));
  return (row) => rules.length > 0 && rules.every(({ col, values }) => values.has(csvCell(col, row[col.name] ?? null)));
}

/** The data table of a chart with `negate` shows the signed value it draws beside the stored one. */
function addSigned(shown: Table, y: string, negated: (row: Row) => boolean): void {
  const source = shown.columns.find((c) => c.name === y);
  if (!source) return;
  const name = `${y}_signed`;
  shown.columns.push({ ...source, name, label: `${source.label} (signed: below zero is a loss)` });
  for (const row of shown.rows) {
    const value = row[y];
    row[name] = typeof value === 'number' && negated(row) ? -value : (value ?? null);
  }
}

/** `key`, or `key:2`, `key:3`... when a series already has it. */
function uniqueKey(key: string, series: PreparedSeries[]): string {
  let unique = key;
  for (let n = 2; series.some((s) => s.key === unique); n++) unique = `${key}:${n}`;
  return unique;
}

/**
 * Distinct x of all series, in drawing order: dates and numbers ascending; categories in the order
 * the rows give them (`order`), so a category one series lacks keeps its place among the others.
 */
function distinctXs(series: PreparedSeries[], order?: Map<string, number>): XValue[] {
  const seen = new Map<string, XValue>();
  for (const s of series) for (const p of s.points) if (!seen.has(xKey(p.x))) seen.set(xKey(p.x), p.x);
  const xs = [...seen.values()];
  if (xs[0] !== undefined && typeof xs[0] !== 'string') return xs.sort(compareX);
  return order ? xs.sort((a, b) => (order.get(xKey(a)) ?? Infinity) - (order.get(xKey(b)) ?? Infinity)) : xs;
}

function findBase(spec: ChartSpec, xColumn: Column, series: PreparedSeries[]): Date {
  const lookups = series.map((s) => new Map(s.points.map((p) => [xKey(p.x), p.y])));
  const shared = distinctXs(series).filter(
    (x): x is Date => x instanceof Date && lookups.every((m) => typeof m.get(xKey(x)) === 'number'),
  );
  const range = shared.length ? `${formatX(xColumn, shared[0]!)} and ${formatX(xColumn, shared[shared.length - 1]!)}` : '';
  if (spec.base === undefined) {
    if (shared[0]) return shared[0];
    throw new ChartSpecError(spec.id, 'the series never all have a value at the same x, so there is no base to index to');
  }
  const wanted = parseDateText(spec.base);
  const found = wanted && shared.find((x) => x >= wanted.start && x < wanted.end);
  if (found) return found;
  throw new ChartSpecError(spec.id, shared.length
      ? `base "${spec.base}" has no x where every series has a value; expected a date between ${range}`
      : `base "${spec.base}" has no x where every series has a value; the series never all have a value at the same x`);
}

function rebase(spec: ChartSpec, xColumn: Column, series: PreparedSeries[], base: Date): void {
  const key = xKey(base);
  for (const s of series) {
    const at = s.points.find((p) => xKey(p.x) === key)?.y;
    if (typeof at !== 'number' || at <= 0) {
      throw new ChartSpecError(spec.id, `series "${s.label}" is ${String(at)} at the base ${formatX(xColumn, base)}; an index needs a positive base value`);
    }
    s.points = s.points.map((p) => ({ ...p, y: p.y === null ? null : p.y === at ? 100 : (p.y / at) * 100 }));
    s.column = { ...s.column, unit: 'index', computed: true };
  }
}

function checkPositive(spec: ChartSpec, xColumn: Column, series: PreparedSeries[]): void {
  for (const s of series) {
    const bad = s.points.find((p) => p.y !== null && p.y <= 0);
    if (bad) {
      throw new ChartSpecError(spec.id, `yScale "log" needs positive values, but "${s.label}" is ${String(bad.y)} at ${formatX(xColumn, bad.x)}`);
    }
  }
}

function shownTable(
  spec: ChartSpec,
  table: Table,
  rows: Row[],
  joins: { name: string; column: Column; values: Map<string, number | null> }[],
  series: PreparedSeries[],
  base: Date | undefined,
): Table {
  const names = [spec.x, ...(spec.series ? [spec.series] : []), ...yColumns(spec)];
  if (spec.type === 'scatter' && spec.pointLabel && !names.includes(spec.pointLabel)) names.splice(1, 0, spec.pointLabel);
  // What decides a bar's colour or sign is shown beside its value.
  for (const name of [spec.colorBy, ...Object.keys(spec.negate ?? {})]) if (name && !names.includes(name)) names.push(name);
  const columns: Column[] = names.map((name) => column(table, name));
  const out: Row[] = rows.map((row) => {
    const projected: Row = Object.fromEntries(names.map((name) => [name, row[name] ?? null]));
    const x = row[spec.x];
    for (const join of joins) projected[join.name] = x === null || x === undefined ? null : (join.values.get(xKey(x)) ?? null);
    return projected;
  });
  columns.push(...joins.map((j) => j.column));

  if (base) {
    // Add the rebased values next to the raw ones.
    const byKey = new Map(series.map((s) => [s.key, new Map(s.points.map((p) => [xKey(p.x), p.y]))]));
    if (spec.series) {
      columns.push({ name: 'index', type: 'number', label: `Index (${formatX(columns[0]!, base)} = 100)`, unit: 'index', computed: true });
      for (const row of out) {
        const s = byKey.get(csvCell(column(table, spec.series), row[spec.series] ?? null));
        row.index = s?.get(xKey(row[spec.x] as XValue)) ?? null;
      }
    } else {
      const valueColumns = columns.slice(1);
      series.forEach((s, i) => {
        const source = valueColumns[i];
        if (!source) return;
        const name = `${source.name}_index`;
        columns.push({ name, type: 'number', label: `${s.label} (index, ${formatX(columns[0]!, base)} = 100)`, unit: 'index', computed: true });
        const values = byKey.get(s.key);
        for (const row of out) row[name] = values?.get(xKey(row[spec.x] as XValue)) ?? null;
      });
    }
  }
  return { id: table.id, title: spec.title, columns, rows: out };
}
