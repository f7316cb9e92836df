/**
 * A page's charts as the page, its downloads and its social card ask for them. Each chart was
 * prepared once, by the content check; each rendering is made only when something asks for it: the
 * page asks for the wide and phone SVGs, the SVG download for the standalone file, the CSV download
 * for the CSV (and draws no SVG), the social card for its panel. Each is asked for once per build, so
 * nothing is kept: a thousand articles' SVG strings would only hold memory.
 */
import { chartCsv, renderCompact, renderInline, renderStandalone, renderThumbnail, type ChartSize, type PreparedChart } from '../charts/index.ts';
import { pageKey } from '../catalog/catalog.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import { pagePath, paths } from '../catalog/routes.ts';
import { SITE } from '../site.config.ts';
import { getIndex } from './content-index.ts';
import { absoluteUrl } from './urls.ts';

export class PageChart {
  constructor(
    readonly prepared: PreparedChart,
    /** "Source: Coin Metrics (CC BY-NC 4.0); FRED (Public domain)", printed under the standalone SVG. */
    readonly source: string,
    /** The page the chart is on (a site path), for the credit line of the downloaded SVG. */
    readonly page: string,
  ) {}

  get spec(): ChartSpec {
    return this.prepared.spec;
  }

  get inline(): string {
    return renderInline(this.prepared);
  }

  get compact(): string {
    return renderCompact(this.prepared);
  }

  get standalone(): string {
    return renderStandalone(this.prepared, { source: this.source, credit: `${SITE.name} · ${absoluteUrl(`${this.page}#${this.spec.id}`)}` });
  }

  get csv(): string {
    return chartCsv(this.prepared);
  }

  /** A small picture of the chart for article cards (undefined when a thumbnail cannot show it). */
  get thumbnail(): string | undefined {
    return renderThumbnail(this.prepared);
  }

  /** The inline chart at another size (the social card's panel). */
  sized(size: ChartSize): string {
    return renderInline(this.prepared, size);
  }
}

const made = new WeakMap<PreparedChart, PageChart>();

/** The datasets a chart draws on, main one first. */
export function chartDatasets(spec: ChartSpec): string[] {
  return [...new Set([spec.dataset, ...(spec.join ?? []).map((join) => join.dataset)])];
}

/** Where a page key (`articles/<id>`, `pages/<id>`) is served. */
export function pagePathOf(key: string): string {
  const [collection, id = ''] = key.split('/', 2);
  return collection === 'articles' ? paths.article(id) : pagePath(id);
}

function pageChartOf(prepared: PreparedChart, key: string): PageChart {
  let chart = made.get(prepared);
  if (!chart) {
    const datasets = getIndex().model.datasets;
    const credits = chartDatasets(prepared.spec).map((id) => datasets.get(id)?.meta).filter((meta) => meta !== undefined);
    const source = `Source: ${credits.map((meta) => `${meta.source.publisher} (${meta.licence.name})`).join('; ')}`;
    made.set(prepared, (chart = new PageChart(prepared, source, pagePathOf(key))));
  }
  return chart;
}

/** Every chart of an article or standalone page, in page order. */
export function pageCharts(collection: 'articles' | 'pages', id: string): PageChart[] {
  const key = pageKey(collection, id);
  return [...(getIndex().charts.get(key)?.values() ?? [])].map((prepared) => pageChartOf(prepared, key));
}

/** One chart of the page being rendered (`Astro.locals.contentPage`, set by the page). */
export function pageChart(page: string | undefined, chartId: string): PageChart {
  const prepared = page === undefined ? undefined : getIndex().charts.get(page)?.get(chartId);
  if (!prepared) throw new Error(`chart "${chartId}" is not among the checked charts of ${page ?? 'this page (no contentPage set)'}`);
  return pageChartOf(prepared, page!);
}
