/**
 * `npm run data:update`: fetch each dataset from its publisher's endpoint (`update.url`), read it by
 * `update.format`, make the dataset's rows, merge them and check the result with the same typed-CSV rules
 * as the build. Nothing is written unless every dataset asked for succeeds; then each CSV and `.yml` is
 * written to a temporary file and renamed over the old one.
 */
import { csvFormatRows, csvParseRows } from 'd3';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { datasetSchema, type DatasetMeta } from '../../model/collections.ts';
import { parseCsv } from '../csv.ts';
import { aggregate } from './aggregate.ts';
import { FORMATS, ResponseError } from './formats.ts';
import { mergeRows, type Revision } from './merge.ts';

export interface UpdateOptions {
  fetch?: typeof fetch;
  /** How long to wait for a response, in milliseconds. */
  timeoutMs?: number;
  /** The retrieval date written to `source.retrieved`. */
  today?: Date;
}

export interface UpdateReport {
  id: string;
  url: string;
  added: string[];
  revised: Revision[];
  /** Periods the source no longer gives, kept as they were. */
  kept: string[];
  rows: number;
  lastDate: string;
}

/** A dataset that could not be updated, and why: the command names both and writes nothing. */
export class UpdateError extends Error {
  constructor(
    readonly dataset: string,
    message: string,
  ) {
    super(`${dataset}: ${message}`);
  }
}

interface Plan {
  report: UpdateReport;
  files: { path: string; text: string }[];
}

/** Ids of the datasets that declare an endpoint, in `content/data/`. */
export function updatableDatasets(root: string, ids: string[]): string[] {
  return ids.filter((id) => readMeta(root, id).update?.url);
}

function readMeta(root: string, id: string): DatasetMeta {
  const file = join(root, 'content/data', `${id}.yml`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UpdateError(id, `no content/data/${id}.yml`);
  }
  const parsed = datasetSchema.safeParse(parse(text));
  if (!parsed.success) throw new UpdateError(id, `content/data/${id}.yml does not pass the content check; run npm run check:content`);
  return parsed.data;
}

async function download(id: string, url: string, options: UpdateOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'User-Agent': 'pivot-point data:update' } });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new UpdateError(id, `no answer from ${url} within ${timeoutMs / 1000} s (timeout)`);
    throw new UpdateError(id, `could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new UpdateError(id, `HTTP ${response.status} ${response.statusText} from ${url}`);
  try {
    return await response.text();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new UpdateError(id, `the response from ${url} did not finish within ${timeoutMs / 1000} s (timeout)`);
    throw new UpdateError(id, `the response from ${url} broke off: ${(error as Error).message}`);
  }
}

/** Every CSV column is made by the update, and the update makes no column the CSV lacks. */
function checkColumns(id: string, header: string[], dateColumn: string, columns: Record<string, unknown>): void {
  const unknown = Object.keys(columns).filter((column) => !header.includes(column));
  if (unknown.length) throw new UpdateError(id, `schema mismatch: update.columns names ${unknown.map((c) => `"${c}"`).join(', ')}, not a column of the CSV (${header.join(', ')})`);
  const unmade = header.filter((column) => column !== dateColumn && !(column in columns));
  if (unmade.length) throw new UpdateError(id, `schema mismatch: update.columns does not say how to make ${unmade.map((c) => `"${c}"`).join(', ')}`);
}

/** How descriptions write the last period: 2026-06 for a monthly series, 2025 for a yearly one. */
const PERIOD_TEXT = { daily: 10, monthly: 7, quarterly: 7, yearly: 4 } as const;

/**
 * The `.yml` with its new retrieval date and, where its description states the range as the scaffolder
 * writes it ("to 2026-06 (378 rows)"), the new end and count. The rest of the file is left as written.
 */
function updatedMeta(text: string, today: Date, range: { from: string; to: string }): string {
  const retrieved = today.toISOString().slice(0, 10);
  const withDate = text.replace(/^(source:\n(?:[ \t]+.*\n)*?[ \t]+retrieved:[ \t]*)\S+/m, `$1${retrieved}`);
  return withDate.replace(/^description:.*\n(?:[ \t]+.*\n)*/m, (description) => description.split(range.from).join(range.to));
}

async function planUpdate(root: string, id: string, options: UpdateOptions): Promise<Plan> {
  const meta = readMeta(root, id);
  const update = meta.update;
  if (!update?.url || !update.format || !update.columns) throw new UpdateError(id, 'no update.url, update.format and update.columns in its .yml: it is updated by hand');
  const csvFile = join(root, 'content/data', `${id}.csv`);
  const metaFile = join(root, 'content/data', `${id}.yml`);
  const original = readFileSync(csvFile, 'utf8');
  // The file keeps its own line endings (some bundled CSVs are the publishers' CRLF files).
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const [header = [], ...existing] = csvParseRows(original);
  const dateColumn = header.find((column) => meta.columns[column]?.type === 'date');
  if (!dateColumn) throw new UpdateError(id, 'the CSV has no date column to merge on');
  checkColumns(id, header, dateColumn, update.columns);
  const body = await download(id, update.url, options);
  let fetched;
  try {
    const observations = FORMATS[update.format](body);
    fetched = aggregate(observations, { frequency: update.frequency, columns: update.columns, dateColumn, dateLength: existing[0]?.[header.indexOf(dateColumn)]?.length ?? 10 });
  } catch (error) {
    if (error instanceof ResponseError) throw new UpdateError(id, `${error.kind === 'schema' ? 'schema mismatch' : 'malformed response'} from ${update.url}: ${error.message}`);
    throw error;
  }
  if (fetched.size === 0) throw new UpdateError(id, `malformed response from ${update.url}: no complete ${update.frequency} period in it`);
  const merged = mergeRows(header, existing, fetched, dateColumn);
  if (merged.missing.length > merged.added.length) {
    throw new UpdateError(id, `the response would shrink the series: it lacks ${merged.missing.length} period(s) the CSV has (${summarise(merged.missing)}) and adds ${merged.added.length}; nothing was written`);
  }
  const csvText = `${[header, ...merged.rows].map((row) => csvFormatRows([row])).join(eol)}${eol}`;
  const checked = parseCsv(csvText, meta, id, { file: `content/data/${id}.csv`, metaFile: `content/data/${id}.yml` });
  if (checked.errors.length) throw new UpdateError(id, `schema mismatch: the merged rows fail the CSV check: ${checked.errors[0]!.message}`);
  const at = header.indexOf(dateColumn);
  const [oldLast, newLast] = [existing.at(-1)?.[at] ?? '', merged.rows.at(-1)![at]!];
  const shown = (date: string) => date.slice(0, PERIOD_TEXT[update.frequency]);
  const range = { from: `${shown(oldLast)} (${existing.length} rows)`, to: `${shown(newLast)} (${merged.rows.length} rows)` };
  const metaText = updatedMeta(readFileSync(metaFile, 'utf8'), options.today ?? new Date(), range);
  return {
    report: { id, url: update.url, added: merged.added, revised: merged.revised, kept: merged.missing, rows: merged.rows.length, lastDate: newLast },
    files: [
      { path: csvFile, text: csvText },
      { path: metaFile, text: metaText },
    ],
  };
}

function summarise(dates: string[]): string {
  return dates.length <= 4 ? dates.join(', ') : `${dates.slice(0, 2).join(', ')} ... ${dates.at(-1)}`;
}

/** Each file to a temporary name first, then renamed over the old one, so no reader sees half a file. */
function writeAtomically(files: { path: string; text: string }[]): void {
  const temporary = files.map((file) => ({ ...file, temp: `${file.path}.update-${process.pid}.tmp` }));
  try {
    for (const file of temporary) writeFileSync(file.temp, file.text);
  } catch (error) {
    for (const file of temporary) rmSync(file.temp, { force: true });
    throw error;
  }
  for (const file of temporary) renameSync(file.temp, file.path);
}

/** Every dataset that could not be updated; nothing was written. */
export class UpdateFailed extends Error {
  constructor(readonly failures: UpdateError[]) {
    super(failures.map((failure) => failure.message).join('\n'));
  }
}

/**
 * Updates the datasets named, all or none: every one is fetched, merged and checked before any file is
 * written, so one failure leaves every file byte-identical (and every failure is named, not only the first).
 */
export async function updateDatasets(root: string, ids: string[], options: UpdateOptions = {}): Promise<UpdateReport[]> {
  const settled = await Promise.allSettled(ids.map((id) => planUpdate(root, id, options)));
  const failures = settled.flatMap((result, index) =>
    result.status === 'fulfilled' ? [] : [result.reason instanceof UpdateError ? result.reason : new UpdateError(ids[index]!, String(result.reason))],
  );
  if (failures.length) throw new UpdateFailed(failures);
  const plans = settled.map((result) => (result as PromiseFulfilledResult<Plan>).value);
  writeAtomically(plans.flatMap((plan) => plan.files));
  return plans.map((plan) => plan.report);
}
