/**
 * The content check: cross-checks every reference of the loaded content (themes, sources, datasets,
 * columns, claims, charts, internal links, evidence) and prepares every chart. It runs before Astro
 * builds, so a contributor sees every problem at once, each with file and line; the charts it
 * prepares are the ones the pages draw.
 */
import type { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import GithubSlugger from 'github-slugger';
import { checkChart, csvCell, type PreparedChart } from '../charts/index.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import { VERDICTS_BY_KIND, type ClaimData } from '../model/collections.ts';
import { displayPrecision, formatIsoDate, parseDateText } from '../model/dates.ts';
import { ChartSpecError, ContentError, listOf, oneOf, show } from '../model/errors.ts';
import type { MessageCode } from '../model/messages.ts';
import { componentProps, type CorrelationProps } from '../model/mdx-components.ts';
import type { Table } from '../model/table.ts';
import { eventProblems, markEvents } from './events.ts';
import { resolveSeries } from './correlation.ts';
import type { ContentIds, ContentModel, Entry, MdxEntry } from './load.ts';
import type { ComponentUse } from './mdx-scan.ts';
import { addPageAnchors, buildRouteMap, pagePath, paths, resolveInternalLink, type RouteMap } from './routes.ts';
import { describeExpected, formatPath, type YamlSource } from './yaml.ts';

/** Prepared charts of one page, by chart id, in the order the page draws them. */
export type PageCharts = Map<string, PreparedChart>;

const VERDICT_IDS = Object.values(VERDICTS_BY_KIND).flat();

/** Where a page's charts are filed: `articles/<id>` or `pages/<id>`. */
export const pageKey = (collection: 'articles' | 'pages', id: string) => `${collection}/${id}`;

interface Context {
  model: ContentModel;
  ids: ContentIds;
  tables: Map<string, Table>;
  routes: RouteMap;
  errors: ContentError[];
}

/** Report ids that are not keys of `known`; `ids` may be a list field or a single-valued one. */
function checkRefs(
  entry: { file: string; yaml: YamlSource },
  field: (string | number)[],
  ids: readonly string[] | string | undefined,
  known: ReadonlySet<string>,
  what: string,
  errors: ContentError[],
) {
  const list = typeof ids === 'string' ? [ids] : (ids ?? []);
  const folder = { theme: 'content/themes', source: 'content/sources', dataset: 'content/data' }[what];
  list.forEach((id, index) => {
    if (known.has(id)) return;
    const path = typeof ids === 'string' ? field : [...field, index];
    const message = `field "${formatPath(path)}": unknown ${what} "${id}"; expected one of ${oneOf([...known.keys()])} (files in ${folder}/)`;
    errors.push(new ContentError({ file: entry.file, line: entry.yaml.lineOf(path), code: 'unknown-reference', message }));
  });
}

type Fail = (line: number, code: MessageCode, message: string) => void;

/** A `<Chart>`: checked against the data and prepared; undefined when it cannot be drawn. */
function checkChartUse(spec: ChartSpec, use: ComponentUse, fail: Fail, { ids, tables }: Context): PreparedChart | undefined {
  // A dataset that exists but failed its own check has already been reported.
  const used = [spec.dataset, ...(spec.join ?? []).map((join) => join.dataset)];
  if (used.some((id) => ids.datasets.has(id) && !tables.has(id))) return undefined;
  try {
    return checkChart(spec, tables);
  } catch (error) {
    if (!(error instanceof ChartSpecError)) throw error;
    fail(use.line, 'chart', `<Chart>: ${error.message}`);
    return undefined;
  }
}

/**
 * Chart options that do nothing, and are almost always a slip: a label for something the chart does not
 * draw, a range written finer than the data. Warnings: the chart is drawn either way.
 */
function checkChartSlips(spec: ChartSpec, prepared: PreparedChart, line: number, fail: Fail): void {
  const drawn = new Set([...prepared.series.map((series) => series.key.split(':').at(-1)!), ...(prepared.groups ?? [])]);
  for (const key of Object.keys(spec.labels ?? {}).filter((label) => !drawn.has(label))) {
    fail(line, 'chart-label-key', `<Chart id="${spec.id}">: labels key "${key}" names nothing the chart draws; it can rename ${listOf([...drawn])}`);
  }
  const precision = displayPrecision(prepared.xColumn);
  const order = { year: 0, month: 1, day: 2 } as const;
  for (const field of ['from', 'to'] as const) {
    const bound = spec[field] === undefined ? undefined : parseDateText(spec[field]);
    if (!bound || order[bound.precision] <= order[precision]) continue;
    const coarse = formatIsoDate(bound.start, precision);
    fail(line, 'chart-range-precision', `<Chart id="${spec.id}">: ${field} "${spec[field]}" is finer than the data, which has one value per ${precision}; it is read as all of ${coarse}: write ${field}="${coarse}"`);
  }
}

/** `<Chart id="x">` when the use names its id, else `<Chart>`: how a message points at one component. */
function tagOf(use: ComponentUse): string {
  return typeof use.props.id === 'string' ? `<${use.name} id="${use.props.id}">` : `<${use.name}>`;
}

/** A prop problem: unknown props list the accepted ones (and the nearest), others say what is accepted. */
function propMessage(use: ComponentUse, issue: z.core.$ZodIssue, accepted: string[]): { code: MessageCode; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const described = issue.keys.map((key) => {
      const near = closest(key, accepted);
      return `"${key}"${distance(key, near) <= Math.max(2, key.length / 2) ? ` (did you mean "${near}"?)` : ''}`;
    });
    return { code: 'unknown-prop', message: `${tagOf(use)}: unknown prop ${described.join(', ')}; accepted: ${accepted.join(', ')}` };
  }
  const prop = issue.path.map(String).join('.');
  const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), use.props);
  const found = value === undefined ? 'missing' : `got ${show(value)}`;
  return { code: 'prop-value', message: `${tagOf(use)} prop "${prop}": ${found}; expected ${describeExpected(issue)}` };
}

/** Components other than charts: the claim, source or series they name exists. */
function checkOtherUse(use: ComponentUse, props: unknown, fail: Fail, { ids, tables }: Context): void {
  if (use.name === 'Correlation') {
    const { a, b, x } = props as CorrelationProps;
    for (const ref of [a, b]) {
      const dataset = ref.split(':')[0]!;
      if (ids.datasets.has(dataset) && !tables.has(dataset)) continue;
      const resolved = resolveSeries(ref, x ?? 'date', tables);
      if (typeof resolved === 'string') fail(use.line, 'correlation', `<Correlation>: ${resolved}`);
    }
  } else if (use.name === 'Claim') {
    const id = (props as { id: string }).id;
    if (!ids.claims.has(id)) fail(use.line, 'unknown-claim', `<Claim id="${id}">: unknown claim; expected one of ${oneOf([...ids.claims])} (files in content/claims/)`);
  } else if (use.name === 'Quote') {
    const source = (props as { source?: string }).source;
    if (source && !ids.sources.has(source)) fail(use.line, 'quote', `<Quote source="${source}">: unknown source; expected one of ${oneOf([...ids.sources])}`);
    if (!use.text.trim()) fail(use.line, 'quote', '<Quote>: no English text; write our translation between <Quote ...> and </Quote>');
  }
}

/** Heading ids as the renderer makes them (GitHub's slugger), and the ids of the charts the body declares. */
function anchorsOf(entry: MdxEntry<unknown>): { headings: string[]; charts: string[] } {
  const slugger = new GithubSlugger();
  return {
    headings: entry.scan.headings.map((heading) => slugger.slug(heading.text)),
    charts: entry.scan.components.filter((use) => use.name === 'Chart' && typeof use.props.id === 'string').map((use) => String(use.props.id)),
  };
}

/** Components, props, charts and links of one MDX body; returns the page's prepared charts. */
function checkBody(entry: MdxEntry<unknown>, page: string, context: Context): PageCharts {
  const fail: Fail = (line, code, message) => context.errors.push(new ContentError({ file: entry.file, line, code, message }));
  const charts: PageCharts = new Map();
  const chartLines = new Map<string, number>();
  for (const use of entry.scan.components) {
    const schema = componentProps[use.name as keyof typeof componentProps];
    if (!schema) {
      fail(use.line, 'unknown-component', `unknown component <${use.name}>; expected one of ${oneOf(Object.keys(componentProps))}`);
      continue;
    }
    const parsed = schema.safeParse(use.props);
    if (!parsed.success) {
      const accepted = Object.keys((schema as z.ZodObject).shape);
      for (const issue of parsed.error.issues.filter((found) => !use.unreadable.includes(String(found.path[0])))) {
        const { code, message } = propMessage(use, issue, accepted);
        fail(use.line, code, message);
      }
      continue;
    }
    if (use.name !== 'Chart') {
      checkOtherUse(use, parsed.data, fail, context);
      continue;
    }
    const spec = parsed.data as ChartSpec;
    const previous = chartLines.get(spec.id);
    if (previous) fail(use.line, 'chart-id', `<Chart id="${spec.id}">: duplicate chart id; line ${previous} uses it too. Chart ids must be unique in an article`);
    chartLines.set(spec.id, use.line);
    const checked = checkChartUse(spec, use, fail, context);
    for (const problem of eventProblems(spec, checked, context.model.events)) fail(use.line, 'chart-event', problem);
    const prepared = checked && markEvents(checked, context.model.events);
    if (prepared) checkChartSlips(spec, prepared, use.line, fail);
    if (prepared && !previous) charts.set(spec.id, prepared);
  }

  // Headings get ids from their text (as Astro's renderer slugs them); a chart id equal to one breaks both anchors.
  const slugger = new GithubSlugger();
  for (const heading of entry.scan.headings) {
    const id = slugger.slug(heading.text);
    const chartLine = chartLines.get(id);
    if (chartLine) fail(chartLine, 'chart-id', `<Chart id="${id}">: the heading "${heading.text}" on line ${heading.line} has the same id; rename the chart`);
  }
  for (const link of entry.scan.links) {
    const problem = resolveInternalLink(link.url, context.routes, page);
    if (problem) fail(link.line, problem.code, `broken link "${link.url}": ${problem.message}`);
  }
  return charts;
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

/** A scored verdict points at charts and rows; each must exist and show something. */
function checkEvidence(claim: Entry<ClaimData>, declared: Map<string, Set<string>>, { model, ids, tables, errors }: Context) {
  const evidence = claim.data.evidence;
  const fail = (path: (string | number)[], message: string) =>
    errors.push(new ContentError({ file: claim.file, line: claim.yaml.lineOf(path), code: 'claim-evidence', message: `field "${formatPath(path)}": ${message}` }));
  (evidence?.charts ?? []).forEach((ref, index) => {
    const [article = '', chart = ''] = ref.split('#');
    const known = declared.get(article);
    // An article that exists but failed its own check has been reported already.
    if (!known && ids.articles.has(article) && (!model.articles.has(article) || model.articles.get(article)!.scan.unreadable)) return;
    if (!known) fail(['evidence', 'charts', index], `no published article "${article}"; expected one of ${oneOf([...declared.keys()])}`);
    else if (!known.has(chart)) fail(['evidence', 'charts', index], `article "${article}" has no chart "${chart}"; its charts are ${oneOf([...known])}`);
  });
  (evidence?.rows ?? []).forEach((pick, index) => {
    const path = ['evidence', 'rows', index];
    const table = tables.get(pick.dataset);
    if (!table) {
      if (!ids.datasets.has(pick.dataset)) fail([...path, 'dataset'], `unknown dataset "${pick.dataset}"; expected one of ${oneOf([...tables.keys()])}`);
      return;
    }
    const problem = matchRows(table, pick.where);
    if (problem) fail([...path, 'where'], problem);
  });
}

/** Anchors that page templates add around the content: the about page's bibliography, the tracker's groups, the timeline's events. */
function addTemplateAnchors(routes: RouteMap, model: ContentModel): void {
  const about = routes.fragments.get(paths.about()) ?? new Set<string>();
  for (const id of ['sources', ...[...model.ids.sources].map((source) => `source-${source}`)]) about.add(id);
  routes.fragments.set(paths.about(), about);
  const claims = routes.fragments.get(paths.claims())!;
  for (const verdict of VERDICT_IDS) claims.add(`verdict-${verdict}`);
  const timeline = routes.fragments.get(paths.timeline()) ?? new Set<string>();
  for (const id of ['events', ...model.ids.events]) timeline.add(id);
  routes.fragments.set(paths.timeline(), timeline);
}

/** Chart ids each published article declares, valid or not: claims may cite them. */
function declaredCharts(model: ContentModel): Map<string, Set<string>> {
  const declared = new Map<string, Set<string>>();
  for (const article of model.articles.values()) {
    // A draft's charts are not published; an unreadable body has been reported, and claims citing it are not.
    if (article.data.draft || article.scan.unreadable) continue;
    const uses = article.scan.components.filter((use) => use.name === 'Chart' && typeof use.props.id === 'string');
    declared.set(article.id, new Set(uses.map((use) => String(use.props.id))));
  }
  return declared;
}

/** Cross-check the loaded content. Returns every problem, and every page's prepared charts. */
export function checkContent(model: ContentModel): { errors: ContentError[]; charts: Map<string, PageCharts>; routes: RouteMap; tables: Map<string, Table> } {
  const tables = new Map([...model.datasets].map(([id, dataset]) => [id, dataset.table]));
  const context: Context = { model, ids: model.ids, tables, routes: buildRouteMap(model.ids), errors: [] };
  const { ids, errors } = context;
  for (const dataset of model.datasets.values()) checkRefs(dataset, ['sources'], dataset.meta.sources, ids.sources, 'source', errors);
  for (const claim of model.claims.values()) {
    checkRefs(claim, ['themes'], claim.data.themes, ids.themes, 'theme', errors);
    checkRefs(claim, ['source'], claim.data.source, ids.sources, 'source', errors);
    checkRefs(claim, ['evidence', 'datasets'], claim.data.evidence?.datasets, ids.datasets, 'dataset', errors);
  }
  for (const article of model.articles.values()) checkRefs(article, ['themes'], article.data.themes, ids.themes, 'theme', errors);
  for (const event of model.events.values()) checkRefs(event, ['sources'], event.data.sources, ids.sources, 'source', errors);
  const pages = [
    ...[...model.articles.values()].map((entry) => ({ entry, key: pageKey('articles', entry.id), path: paths.article(entry.id) })),
    ...[...model.pages.values()].map((entry) => ({ entry, key: pageKey('pages', entry.id), path: pagePath(entry.id) })),
  ];
  // Every page's anchors first, so a link may point at a heading or chart of any page.
  for (const { entry, path } of pages) addPageAnchors(context.routes, path, anchorsOf(entry));
  addTemplateAnchors(context.routes, model);
  const charts = new Map<string, PageCharts>();
  for (const { entry, key, path } of pages) charts.set(key, checkBody(entry, path, context));
  const declared = declaredCharts(model);
  for (const claim of model.claims.values()) checkEvidence(claim, declared, context);
  return { errors, charts, routes: context.routes, tables };
}
