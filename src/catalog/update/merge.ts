/**
 * The fetched rows merged into the bundled ones, losing nothing: new periods are appended, changed values
 * replaced and listed, and a period the source no longer has is kept and listed, never dropped.
 */
export interface Revision {
  date: string;
  column: string;
  from: string;
  to: string;
}

export interface Merged {
  /** Every row, oldest first, cells in header order. */
  rows: string[][];
  added: string[];
  revised: Revision[];
  /** Periods inside the source's span, or after it, that the source no longer gives: kept as they were. */
  missing: string[];
}

/** Same value: equal text, or the same number however it is written (2.40 and 2.4). */
const same = (a: string, b: string) => a === b || (a.trim() !== '' && b.trim() !== '' && Number(a) === Number(b));

export function mergeRows(header: string[], existing: string[][], fetched: Map<string, Record<string, string>>, dateColumn: string): Merged {
  const at = header.indexOf(dateColumn);
  const firstFetched = [...fetched.keys()].sort()[0] ?? '\uffff';
  const result: Merged = { rows: [], added: [], revised: [], missing: [] };
  const seen = new Set<string>();
  for (const row of existing) {
    const date = row[at]!;
    const update = fetched.get(date);
    seen.add(date);
    if (!update) {
      if (date >= firstFetched) result.missing.push(date);
      result.rows.push(row);
      continue;
    }
    result.rows.push(
      header.map((column, index) => {
        const [from, to] = [row[index] ?? '', update[column] ?? ''];
        if (same(from, to)) return from;
        result.revised.push({ date, column, from, to });
        return to;
      }),
    );
  }
  for (const [date, update] of fetched) {
    if (seen.has(date)) continue;
    result.added.push(date);
    result.rows.push(header.map((column) => update[column] ?? ''));
  }
  result.rows.sort((a, b) => a[at]!.localeCompare(b[at]!));
  return result;
}
