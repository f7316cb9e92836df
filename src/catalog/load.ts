/**
 * Reads everything under `content/` once: each YAML file parsed with its line numbers and validated
 * against its schema, each CSV typed against its `.yml`, each MDX body parsed and scanned. The result
 * is the content model the check, the Astro loaders and the pages all share; nothing reads a content
 * file twice in a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import {
  articleSchema,
  claimSchema,
  datasetSchema,
  eventSchema,
  pageSchema,
  sourceSchema,
  themeSchema,
  type ArticleData,
  type ClaimData,
  type DatasetMeta,
  type EventData,
  type PageData,
  type SourceData,
  type ThemeData,
} from '../model/collections.ts';
import { ContentError, type ContentErrorDetails } from '../model/errors.ts';
import type { Table } from '../model/table.ts';
import { parseCsv } from './csv.ts';
import { scanMdx, type MdxScan } from './mdx-scan.ts';
import { readCollection, splitFrontmatter, type ContentFile } from './read-files.ts';
import { parseYaml, validateYaml, type KnownIds, type YamlSource } from './yaml.ts';
import { cacheDir, contentKey, readCached, writeCached } from './cache.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  /** Where each field sits, for reference errors found after schema validation. */
  yaml: YamlSource;
}

/** An MDX file: its frontmatter entry, its body and what the body uses. */
export interface MdxEntry<T> extends Entry<T> {
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  scan: MdxScan;
}

export interface Dataset {
  id: string;
  file: string;
  csvFile: string;
  meta: DatasetMeta;
  table: Table;
  /** The CSV exactly as bundled, for byte-identical downloads. */
  csv: string;
  yaml: YamlSource;
}

/**
 * Ids of every file found, valid or not: references are checked against these so that one broken
 * file yields one error, not a cascade of "unknown id"s.
 */
export interface ContentIds {
  themes: Set<string>;
  sources: Set<string>;
  datasets: Set<string>;
  claims: Set<string>;
  articles: Set<string>;
  events: Set<string>;
}

export interface ContentModel {
  themes: Map<string, Entry<ThemeData>>;
  sources: Map<string, Entry<SourceData>>;
  claims: Map<string, Entry<ClaimData>>;
  datasets: Map<string, Dataset>;
  articles: Map<string, MdxEntry<ArticleData>>;
  pages: Map<string, MdxEntry<PageData>>;
  events: Map<string, Entry<EventData>>;
  ids: ContentIds;
}

interface LoadOptions {
  errors: ContentError[];
  known?: KnownIds;
  /** The file line the YAML starts on (2 for frontmatter). */
  firstLine?: number;
}

function loadYamlEntries<S extends z.ZodType>(files: ContentFile[], schema: S, { errors, known = {}, firstLine = 1 }: LoadOptions): Map<string, Entry<z.output<S>>> {
  const entries = new Map<string, Entry<z.output<S>>>();
  for (const { id, file, text } of files) {
    try {
      const yaml = parseYaml(text, file, firstLine);
      const { value, errors: found } = validateYaml(schema, yaml, file, known);
      errors.push(...found);
      if (value !== undefined) entries.set(id, { id, file, data: value, yaml });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return entries;
}

/** Scans kept between builds by content: a body that has not changed is not parsed again. */
const SCANNER = readScannerSource();

function readScannerSource(): string | undefined {
  try {
    return readFileSync(fileURLToPath(new URL('./mdx-scan.ts', import.meta.url)), 'utf8');
  } catch {
    return undefined; // bundled, with no source beside it: scan without a cache
  }
}

function cachedScan(root: string, body: string, file: string, bodyLine: number): MdxScan {
  if (SCANNER === undefined) return scanMdx(body, file, bodyLine);
  const dir = cacheDir(root, 'mdx-scans');
  const key = contentKey(SCANNER, file, String(bodyLine), body);
  const kept = readCached<Omit<MdxScan, 'errors'> & { errors: ContentErrorDetails[] }>(dir, key);
  if (kept) return { ...kept, errors: kept.errors.map((error) => new ContentError(error)) };
  const scan = scanMdx(body, file, bodyLine);
  const errors = scan.errors.map(({ file: where, line, code, detail }) => ({ file: where, ...(line ? { line } : {}), code, message: detail }));
  writeCached(dir, key, { ...scan, errors });
  return scan;
}

function loadMdxEntries<S extends z.ZodType>(root: string, files: ContentFile[], schema: S, options: LoadOptions): Map<string, MdxEntry<z.output<S>>> {
  const entries = new Map<string, MdxEntry<z.output<S>>>();
  const { errors } = options;
  for (const file of files) {
    try {
      const { yaml, body, bodyLine } = splitFrontmatter(file.text, file.file);
      const entry = loadYamlEntries([{ ...file, text: yaml }], schema, { ...options, firstLine: 2 }).get(file.id);
      const scan = cachedScan(root, body, file.file, bodyLine);
      errors.push(...scan.errors);
      if (entry) entries.set(file.id, { ...entry, body, bodyLine, scan });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return entries;
}

/** Datasets that passed every check, and the ids of all datasets found (valid or not). */
function loadDatasets(root: string, errors: ContentError[]): { datasets: Map<string, Dataset>; ids: Set<string> } {
  const datasets = new Map<string, Dataset>();
  const metas = readCollection(root, 'content/data', ['.yml'], errors, ['.csv']);
  const csvs = new Set(readCollection(root, 'content/data', ['.csv'], [], ['.yml']).map((file) => file.id));
  for (const id of csvs) {
    if (metas.some((meta) => meta.id === id)) continue;
    const message = `no content/data/${id}.yml beside it; every dataset needs its provenance (title, source publisher/url/retrieved, licence, columns).`;
    errors.push(new ContentError({ file: `content/data/${id}.csv`, code: 'csv-without-yml', message }));
  }
  for (const [id, entry] of loadYamlEntries(metas, datasetSchema, { errors })) {
    const csvFile = `content/data/${id}.csv`;
    if (!existsSync(join(root, csvFile))) {
      errors.push(new ContentError({ file: entry.file, code: 'yml-without-csv', message: `no ${csvFile} beside it; expected the data file with the same name` }));
      continue;
    }
    const csv = readFileSync(join(root, csvFile), 'utf8');
    const { table, errors: found } = parseCsv(csv, entry.data, id, { file: csvFile, metaFile: entry.file });
    errors.push(...found);
    if (found.length === 0) datasets.set(id, { id, file: entry.file, csvFile, meta: entry.data, table, csv, yaml: entry.yaml });
  }
  return { datasets, ids: new Set([...csvs, ...metas.map((meta) => meta.id)]) };
}

const idsOf = (files: ContentFile[]) => new Set(files.map((file) => file.id));

/** Read and validate all content under `root/content`. Never throws for bad content: it returns the errors. */
export function loadContent(root: string): { model: ContentModel; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const files = {
    themes: readCollection(root, 'content/themes', ['.yml'], errors),
    sources: readCollection(root, 'content/sources', ['.yml'], errors),
    claims: readCollection(root, 'content/claims', ['.yml'], errors),
    articles: readCollection(root, 'content/articles', ['.mdx'], errors),
    pages: readCollection(root, 'content/pages', ['.mdx'], errors),
    events: readCollection(root, 'content/events', ['.yml'], errors),
  };
  const known = { themes: files.themes.map((file) => file.id) };
  const themes = loadYamlEntries(files.themes, themeSchema, { errors });
  const sources = loadYamlEntries(files.sources, sourceSchema, { errors });
  const { datasets, ids: datasetIds } = loadDatasets(root, errors);
  const claims = loadYamlEntries(files.claims, claimSchema, { errors, known });
  const articles = loadMdxEntries(root, files.articles, articleSchema, { errors, known });
  const pages = loadMdxEntries(root, files.pages, pageSchema, { errors });
  const events = loadYamlEntries(files.events, eventSchema, { errors });
  const ids: ContentIds = {
    themes: idsOf(files.themes),
    sources: idsOf(files.sources),
    claims: idsOf(files.claims),
    articles: idsOf(files.articles),
    datasets: datasetIds,
    events: idsOf(files.events),
  };
  return { model: { themes, sources, claims, datasets, articles, pages, events, ids }, errors };
}
