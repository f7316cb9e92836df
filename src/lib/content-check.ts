/**
 * The content check: reads everything under `content/`, validates it against
 * the schemas, and cross-checks every reference (themes, sources, datasets,
 * columns, claims, charts, internal links). It runs before Astro builds, so a
 * contributor sees every problem at once, each with file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import { ChartSpecError, validateSpec } from '../charts/validate';
import { articleComponents, type CorrelationProps } from './component-props';
import { resolveSeries } from './correlation';
import { readCollection, splitFrontmatter, type ContentFile } from './content-files';
import { parseCsv } from './csv';
import { csvCell } from '../charts/format';
import { ContentError, oneOf } from './errors';
import { buildRouteMap, resolveInternalLink } from './routes';
import { scanMdx } from './mdx-scan';
import {
  articleSchema,
  claimSchema,
  pageSchema,
  datasetSchema,
  sourceSchema,
  themeSchema,
  type ArticleData,
  type ClaimData,
  type DatasetMeta,
  type SourceData,
  type ThemeData,
} from './schemas';
import type { Table } from './table';
import { formatPath, parseYaml, validateYaml, type YamlSource } from './yaml-source';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  /** Where each field sits, for reference errors found after schema validation. */
  yaml: YamlSource;
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

export interface ContentModel {
  themes: Map<string, Entry<ThemeData>>;
  sources: Map<string, Entry<SourceData>>;
  claims: Map<string, Entry<ClaimData>>;
  datasets: Map<string, Dataset>;
  articles: Map<string, Entry<ArticleData>>;
}

export interface CheckResult {
  model: ContentModel;
  errors: ContentError[];
}

function loadYamlEntries<S extends z.ZodType>(
  files: ContentFile[],
  schema: S,
  errors: ContentError[],
  firstLine = 1,
): Map<string, Entry<z.output<S>>> {
  const entries = new Map<string, Entry<z.output<S>>>();
  for (const { id, file, text } of files) {
    try {
      const yaml = parseYaml(text, file, firstLine);
      const { value, errors: found } = validateYaml(schema, yaml, file);
      errors.push(...found);
      if (value !== undefined) entries.set(id, { id, file, data: value, yaml });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return entries;
}

/** Datasets that passed every check, and the ids of all datasets found (valid or not). */
export function loadDatasets(root: string, errors: ContentError[]): { datasets: Map<string, Dataset>; ids: Set<string> } {
  const datasets = new Map<string, Dataset>();
  const metas = readCollection(root, 'content/data', ['.yml'], errors, ['.csv']);
  const csvs = new Set(readCollection(root, 'content/data', ['.csv'], [], ['.yml']).map((file) => file.id));
  for (const id of csvs) {
    if (!metas.some((meta) => meta.id === id)) {
      errors.push(
        new ContentError({
          file: `content/data/${id}.csv`,
          message: `no content/data/${id}.yml beside it; every dataset needs its provenance (title, source publisher/url/retrieved, licence, columns).`,
        }),
      );
    }
  }
  for (const [id, entry] of loadYamlEntries(metas, datasetSchema, errors)) {
    const csvFile = `content/data/${id}.csv`;
    if (!existsSync(join(root, csvFile))) {
      errors.push(new ContentError({ file: entry.file, message: `no ${csvFile} beside it; expected the data file with the same name` }));
      continue;
    }
    const csv = readFileSync(join(root, csvFile), 'utf8');
    const { table, errors: found } = parseCsv(csv, entry.data, id, csvFile, entry.file);
    errors.push(...found);
    if (found.length === 0) datasets.set(id, { id, file: entry.file, csvFile, meta: entry.data, table, csv, yaml: entry.yaml });
  }
  return { datasets, ids: new Set([...csvs, ...metas.map((meta) => meta.id)]) };
}

/** Report ids that are not keys of `known`; `ids` may be a list field or a single-valued one. */
function checkRefs(
  entry: { file: string; yaml: YamlSource },
  field: (string | number)[],
  ids: readonly string[] | string | undefined,
  known: ReadonlySet<string>,
  what: string,
  folder: string,
  errors: ContentError[],
) {
  const list = typeof ids === 'string' ? [ids] : (ids ?? []);
  list.forEach((id, index) => {
    if (known.has(id)) return;
    const path = typeof ids === 'string' ? field : [...field, index];
    errors.push(
      new ContentError({
        file: entry.file,
        line: entry.yaml.lineOf(path),
        message: `field "${formatPath(path)}": unknown ${what} "${id}"; expected one of ${oneOf([...known.keys()])} (files in ${folder}/)`,
      }),
    );
  });
}

function loadMdxEntries<S extends z.ZodType>(
  files: ContentFile[],
  schema: S,
  errors: ContentError[],
): Array<{ entry: Entry<z.output<S>>; body: string; bodyLine: number }> {
  const loaded = [];
  for (const file of files) {
    try {
      const { yaml, body, bodyLine } = splitFrontmatter(file.text, file.file);
      const entry = loadYamlEntries([{ ...file, text: yaml }], schema, errors, 2).get(file.id);
      if (entry) loaded.push({ entry, body, bodyLine });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  return loaded;
}

/**
 * Ids of every file found, valid or not: references are checked against these
 * so that one broken file yields one error, not a cascade of "unknown id"s.
 */
interface ContentIds {
  themes: Set<string>;
  sources: Set<string>;
  datasets: Set<string>;
  claims: Set<string>;
  articles: Set<string>;
}

/** Components, props, charts and links of one MDX body. */
function checkBody(
  entry: { file: string },
  body: string,
  bodyLine: number,
  model: ContentModel,
  ids: ContentIds,
  errors: ContentError[],
): Set<string> {
  const scan = scanMdx(body, entry.file, bodyLine);
  errors.push(...scan.errors);
  const chartIds = new Map<string, number>();
  const tables = new Map([...model.datasets].map(([id, dataset]) => [id, dataset.table]));
  const fail = (line: number, message: string) => errors.push(new ContentError({ file: entry.file, line, message }));

  // Every chart the article declares, valid or not: claims may cite it by id.
  const declared = new Set(scan.components.filter((use) => use.name === 'Chart' && typeof use.props.id === 'string').map((use) => String(use.props.id)));
  for (const use of scan.components) {
    const schema = articleComponents[use.name as keyof typeof articleComponents];
    if (!schema) {
      fail(use.line, `unknown component <${use.name}>; expected one of ${oneOf(Object.keys(articleComponents))}`);
      continue;
    }
    const parsed = schema.safeParse(use.props);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const prop = issue.path.map(String).join('.') || '(props)';
        const detail = issue.code === 'unrecognized_keys' ? `unknown prop ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
        fail(use.line, `<${use.name}> prop "${prop}": ${detail}`);
      }
      continue;
    }
    if (use.name === 'Chart') {
      const spec = parsed.data as z.output<typeof articleComponents.Chart>;
      const previous = chartIds.get(spec.id);
      if (previous) fail(use.line, `<Chart id="${spec.id}">: duplicate chart id; line ${previous} uses it too. Chart ids must be unique in an article`);
      chartIds.set(spec.id, use.line);
      // A dataset that exists but failed its own check has already been reported.
      const used = [spec.dataset, ...(spec.join ?? []).map((join) => join.dataset)];
      if (used.some((id) => ids.datasets.has(id) && !tables.has(id))) continue;
      try {
        validateSpec(spec, tables);
      } catch (error) {
        if (!(error instanceof ChartSpecError)) throw error;
        fail(use.line, `<Chart>: ${error.message}`);
      }
    } else if (use.name === 'Correlation') {
      const props = parsed.data as CorrelationProps;
      for (const ref of [props.a, props.b]) {
        const dataset = ref.split(':')[0]!;
        if (ids.datasets.has(dataset) && !tables.has(dataset)) continue;
        const resolved = resolveSeries(ref, props.x ?? 'date', tables);
        if (typeof resolved === 'string') fail(use.line, `<Correlation>: ${resolved}`);
      }
    } else if (use.name === 'Claim') {
      const id = (parsed.data as { id: string }).id;
      if (!ids.claims.has(id)) fail(use.line, `<Claim id="${id}">: unknown claim; expected one of ${oneOf([...ids.claims])} (files in content/claims/)`);
    } else if (use.name === 'Quote') {
      const source = (parsed.data as { source?: string }).source;
      if (source && !ids.sources.has(source)) fail(use.line, `<Quote source="${source}">: unknown source; expected one of ${oneOf([...ids.sources])}`);
      if (!use.text.trim()) fail(use.line, '<Quote>: no English text; write our translation between <Quote ...> and </Quote>');
    }
  }

  // Headings get ids from their text (as Astro's renderer slugs them); a chart id equal to one breaks both anchors.
  const slugger = new GithubSlugger();
  for (const heading of scan.headings) {
    const id = slugger.slug(heading.text);
    const chartLine = chartIds.get(id);
    if (chartLine) fail(chartLine, `<Chart id="${id}">: the heading "${heading.text}" on line ${heading.line} has the same id; rename the chart`);
  }

  const routes = buildRouteMap(ids);
  for (const link of scan.links) {
    const problem = resolveInternalLink(link.url, routes);
    if (problem) fail(link.line, `broken link "${link.url}": ${problem}`);
  }
  return declared;
}

/** A scored verdict points at charts and rows; each must exist and show something. */
function checkEvidence(
  claim: Entry<ClaimData>,
  charts: Map<string, Set<string>>,
  model: ContentModel,
  ids: ContentIds,
  errors: ContentError[],
) {
  const evidence = claim.data.evidence;
  const fail = (path: (string | number)[], message: string) =>
    errors.push(new ContentError({ file: claim.file, line: claim.yaml.lineOf(path), message: `field "${formatPath(path)}": ${message}` }));
  (evidence?.charts ?? []).forEach((ref, index) => {
    const [article = '', chart = ''] = ref.split('#');
    const known = charts.get(article);
    // An article that exists but failed its own check has been reported already.
    if (!known && ids.articles.has(article) && !model.articles.has(article)) return;
    if (!known) fail(['evidence', 'charts', index], `no published article "${article}"; expected one of ${oneOf([...charts.keys()])}`);
    else if (!known.has(chart)) fail(['evidence', 'charts', index], `article "${article}" has no chart "${chart}"; its charts are ${oneOf([...known])}`);
  });
  (evidence?.rows ?? []).forEach((pick, index) => {
    const path = ['evidence', 'rows', index];
    const table = model.datasets.get(pick.dataset)?.table;
    if (!table) {
      if (!model.datasets.has(pick.dataset)) fail([...path, 'dataset'], `unknown dataset "${pick.dataset}"; expected one of ${oneOf([...model.datasets.keys()])}`);
      return;
    }
    const problem = matchRows(table, pick.where);
    if (problem) fail([...path, 'where'], problem);
  });
}

/** Why a row filter picks nothing from `table`, or undefined when it picks at least one row. */
function matchRows(table: Table, where: Record<string, string | string[]>): string | undefined {
  let rows = table.rows;
  for (const [name, wanted] of Object.entries(where)) {
    const column = table.columns.find((candidate) => candidate.name === name);
    if (!column) return `"${name}" is not a column of dataset "${table.id}"; expected one of ${oneOf(table.columns.map((c) => c.name))}`;
    const accepted = new Set(Array.isArray(wanted) ? wanted : [wanted]);
    const kept = rows.filter((row) => accepted.has(csvCell(column, row[name] ?? null)));
    if (kept.length === 0) {
      const values = [...new Set(rows.map((row) => csvCell(column, row[name] ?? null)))].slice(0, 12);
      return `${name} = ${JSON.stringify(wanted)} matches no row of dataset "${table.id}"; values there include ${oneOf(values)}`;
    }
    rows = kept;
  }
  return undefined;
}

const idsOf = (files: ContentFile[]) => new Set(files.map((file) => file.id));

/** Read and check all content under `root/content`. Never throws for bad content: it returns the errors. */
export function checkContent(root: string): CheckResult {
  const errors: ContentError[] = [];
  const files = {
    themes: readCollection(root, 'content/themes', ['.yml'], errors),
    sources: readCollection(root, 'content/sources', ['.yml'], errors),
    claims: readCollection(root, 'content/claims', ['.yml'], errors),
    articles: readCollection(root, 'content/articles', ['.mdx'], errors),
    pages: readCollection(root, 'content/pages', ['.mdx'], errors),
  };
  const themes = loadYamlEntries(files.themes, themeSchema, errors);
  const sources = loadYamlEntries(files.sources, sourceSchema, errors);
  const { datasets, ids: datasetIds } = loadDatasets(root, errors);
  const claims = loadYamlEntries(files.claims, claimSchema, errors);
  const articles = loadMdxEntries(files.articles, articleSchema, errors);
  const pages = loadMdxEntries(files.pages, pageSchema, errors);
  const model: ContentModel = { themes, sources, claims, datasets, articles: new Map(articles.map(({ entry }) => [entry.id, entry])) };
  const ids: ContentIds = {
    themes: idsOf(files.themes),
    sources: idsOf(files.sources),
    claims: idsOf(files.claims),
    articles: idsOf(files.articles),
    datasets: datasetIds,
  };

  for (const dataset of datasets.values()) {
    checkRefs(dataset, ['sources'], dataset.meta.sources, ids.sources, 'source', 'content/sources', errors);
  }
  for (const claim of claims.values()) {
    checkRefs(claim, ['themes'], claim.data.themes, ids.themes, 'theme', 'content/themes', errors);
    checkRefs(claim, ['source'], claim.data.source, ids.sources, 'source', 'content/sources', errors);
    checkRefs(claim, ['evidence', 'datasets'], claim.data.evidence?.datasets, ids.datasets, 'dataset', 'content/data', errors);
  }
  for (const { entry } of articles) {
    checkRefs(entry, ['themes'], entry.data.themes, ids.themes, 'theme', 'content/themes', errors);
  }
  const charts = new Map<string, Set<string>>();
  for (const { entry, body, bodyLine } of articles) {
    const found = checkBody(entry, body, bodyLine, model, ids, errors);
    if (!entry.data.draft) charts.set(entry.id, found);
  }
  for (const { entry, body, bodyLine } of pages) checkBody(entry, body, bodyLine, model, ids, errors);
  for (const claim of claims.values()) checkEvidence(claim, charts, model, ids, errors);
  return { model, errors };
}
