/**
 * CSV -> typed table. Every cell is checked against the type its column
 * declares in the dataset's `.yml`; the first failing cell of each column names
 * the file, the line, the column, the value and what is accepted, and says how
 * many more rows of that column fail the same way.
 */
import { csvParseRows } from 'd3';
import type { DatasetMeta } from '../model/collections.ts';
import { parseDateText } from '../model/dates.ts';
import { ContentError, show } from '../model/errors.ts';
import type { Cell, Column, DatePrecision, Row, Table } from '../model/table.ts';

/** A plain decimal number as a CSV cell writes it: no thousands separators, units or exponent. */
export const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

const ACCEPTED: Record<Column['type'], string> = {
  number: 'a plain decimal number such as 1234.5 (no thousands separators, units or words)',
  date: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  string: 'any text',
};

interface Where {
  /** Path shown in messages, e.g. `content/data/btc-usd-monthly.csv`. */
  file: string;
  /** The `.yml` that declares the columns, named when the header disagrees with it. */
  metaFile: string;
}

/** The header must name exactly the declared columns, in the declared order. */
function checkHeader(header: string[], declared: string[], { file, metaFile }: Where): ContentError | undefined {
  const undeclared = header.filter((name) => !declared.includes(name));
  const missing = declared.filter((name) => !header.includes(name));
  if (undeclared.length || missing.length) {
    const parts = [
      undeclared.length ? `CSV header has ${undeclared.map((n) => `"${n}"`).join(', ')} not declared under "columns" in ${metaFile}` : '',
      missing.length ? `${metaFile} declares ${missing.map((n) => `"${n}"`).join(', ')} missing from the CSV header` : '',
    ].filter(Boolean);
    return new ContentError({ file, line: 1, code: 'csv-header', message: `${parts.join('; ')}; the header is: ${header.join(',')}` });
  }
  if (header.join(',') !== declared.join(',')) {
    return new ContentError({ file, line: 1, code: 'csv-header', message: `CSV header order ${header.join(',')} differs from the order declared in ${metaFile}: ${declared.join(',')}` });
  }
  return undefined;
}

function columnsOf(header: string[], meta: Pick<DatasetMeta, 'columns'>): Column[] {
  return header.map((name) => {
    const spec = meta.columns[name];
    return {
      name,
      type: spec?.type ?? 'string',
      label: spec?.label ?? name,
      ...(spec?.unit ? { unit: spec.unit } : {}),
      ...(spec?.description ? { description: spec.description } : {}),
      ...(spec?.period ? { period: spec.period } : {}),
      ...(spec?.decimals !== undefined ? { decimals: spec.decimals } : {}),
      ...(spec?.subject ? { subject: spec.subject } : {}),
    };
  });
}

/**
 * Bad cells, one error per column: the first bad cell, and how many more rows of that column fail,
 * so a wrong type on a 10,000-row file reads as one line, not 10,000.
 */
class CellErrors {
  private readonly first = new Map<string, { error: ContentError; more: number }>();

  add(column: string, error: ContentError): void {
    const seen = this.first.get(column);
    if (seen) seen.more += 1;
    else this.first.set(column, { error, more: 0 });
  }

  list(): ContentError[] {
    return [...this.first.values()].map(({ error, more }) =>
      more === 0 ? error : new ContentError({ file: error.file, line: error.line, code: error.code, message: `${error.detail} (and ${more} more row${more === 1 ? '' : 's'} of this column)` }),
    );
  }
}

/**
 * @param id the dataset id; `where` names the files for messages.
 */
export function parseCsv(text: string, meta: Pick<DatasetMeta, 'title' | 'columns' | 'subject'>, id: string, where: Where): { table: Table; errors: ContentError[] } {
  const { file, metaFile } = where;
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = records[0] ?? [];
  const headerError = checkHeader(header, Object.keys(meta.columns), where);
  const errors: ContentError[] = headerError ? [headerError] : [];
  const columns = columnsOf(header, meta);
  const cellErrors = new CellErrors();
  const firstPrecision = new Map<string, { precision: DatePrecision; text: string; line: number }>();
  const rows: Row[] = [];
  // Quoted cells may span lines; track the physical line each record starts on.
  let line = 2;
  for (const record of records.slice(1)) {
    const recordLine = line;
    line += 1 + record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== header.length) {
      errors.push(new ContentError({ file, line: recordLine, code: 'csv-row-length', message: `row has ${record.length} cells; expected ${header.length} (${header.join(', ')})${
          record.length > header.length ? '; an unquoted comma? write numbers without separators (210000, not 210,000) and put text with commas in double quotes' : ''
        }` }));
      continue;
    }
    const row: Row = {};
    record.forEach((cellText, index) => {
      const column = columns[index]!;
      const cell = parseCell(cellText, column, meta.columns[column.name]?.optional ?? false);
      if ('error' in cell) {
        const allowEmpty = cell.empty ? `, or mark the column \`optional: true\` in ${metaFile} if empty cells are allowed` : '';
        const message = `column "${column.name}" (${column.type}): ${cell.error}; expected ${ACCEPTED[column.type]}${allowEmpty}`;
        cellErrors.add(column.name, new ContentError({ file, line: recordLine, code: 'csv-cell', message }));
        return;
      }
      row[column.name] = cell.value;
      if (!cell.precision) return;
      // One precision per column: "2026" among months would otherwise print as "Jan 2026", a month the source never gave.
      const first = firstPrecision.get(column.name);
      if (!first) firstPrecision.set(column.name, { precision: cell.precision, text: cellText, line: recordLine });
      else if (first.precision !== cell.precision) {
        const message = `column "${column.name}" (date): "${cellText}" is a ${cell.precision} but line ${first.line} has the ${first.precision} "${first.text}"; expected every date of a column at the same precision, or type the column \`string\` in ${metaFile}`;
        cellErrors.add(`${column.name} precision`, new ContentError({ file, line: recordLine, code: 'csv-date-precision', message }));
      }
      column.precision = cell.precision;
    });
    rows.push(row);
  }
  errors.push(...cellErrors.list());
  if (rows.length === 0 && errors.length === 0) {
    errors.push(new ContentError({ file, line: 1, code: 'csv-empty', message: 'the CSV has a header but no data rows; expected at least one row' }));
  }
  return { table: { id, title: meta.title, columns, rows, ...(meta.subject ? { subject: meta.subject } : {}) }, errors };
}

type ParsedCell = { value: Cell; precision?: DatePrecision } | { error: string; empty?: boolean };

function parseCell(text: string, column: Column, optional: boolean): ParsedCell {
  if (text.trim() === '') {
    return optional ? { value: null } : { error: 'empty cell', empty: true };
  }
  switch (column.type) {
    case 'number':
      return NUMBER.test(text) ? { value: Number(text) } : { error: `${show(text)} is not a number` };
    case 'date': {
      const parsed = parseDateText(text);
      return parsed ? { value: parsed.start, precision: parsed.precision } : { error: `${show(text)} is not a date` };
    }
    case 'string':
      return { value: text };
  }
}
