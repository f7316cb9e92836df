/**
 * The site's URL map, derived from content. Pages link with these helpers and the content check
 * resolves authors' internal links against the same map. The map mirrors the routes in src/pages/
 * by hand; the built-site link test (tests/dist/links.test.ts) checks every link of the built pages,
 * so a route added to one and not the other is caught there.
 */

export const paths = {
  home: () => '/',
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  themes: () => '/themes/',
  theme: (slug: string) => `/themes/${slug}/`,
  data: () => '/data/',
  dataset: (id: string) => `/data/${id}/`,
  datasetCsv: (id: string) => `/data/${id}.csv`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  claimInList: (id: string) => `/claims/#${id}`,
  about: () => '/about/',
  chartGallery: () => '/about/charts/',
  timeline: () => '/timeline/',
  search: () => '/search/',
  feed: () => '/rss.xml',
  /** A chart's downloads sit beside the page that draws it: `/articles/<slug>/<chart>.csv`. */
  chartFile: (page: string, chart: string, extension: 'csv' | 'svg') => `${page}${chart}.${extension}`,
  /** A page's 1200 x 630 social card: `/articles/<slug>/social.png`, or `/social.png` for the site. */
  socialImage: (page = '/') => `${page}social.png`,
  chartStyles: () => '/charts.css',
  /** Where the embed pages live; nothing else is served under it. */
  embeds: () => '/embed/',
  /** A chart alone, for other sites' iframes: `/embed/articles/<slug>/<chart>/`. */
  embed: (pageKey: string, chart: string) => `${paths.embeds()}${pageKey}/${chart}/`,
} as const;

/** Where each standalone page of content/pages/ is served (src/pages/ routes them by hand). */
const PAGE_PATHS: Record<string, string> = { home: paths.home(), about: paths.about(), 'chart-gallery': paths.chartGallery(), timeline: paths.timeline() };

export function pagePath(id: string): string {
  return PAGE_PATHS[id] ?? `/${id}/`;
}

export interface RouteMap {
  /** Every page path, with trailing slash. */
  pages: Set<string>;
  /** Other files served at a path (CSV downloads, feed). */
  files: Set<string>;
  /** Fragments that exist on a given page. */
  fragments: Map<string, Set<string>>;
}

export interface ModelIds {
  themes: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

export function buildRouteMap(model: ModelIds): RouteMap {
  const pages = new Set<string>([paths.home(), paths.articles(), paths.themes(), paths.data(), paths.claims(), paths.about(), paths.chartGallery(), paths.timeline(), paths.search()]);
  const files = new Set<string>([paths.feed(), paths.socialImage(), paths.chartStyles()]);
  for (const slug of model.articles) {
    pages.add(paths.article(slug));
    files.add(paths.socialImage(paths.article(slug)));
  }
  for (const slug of model.themes) pages.add(paths.theme(slug));
  for (const id of model.claims) pages.add(paths.claim(id));
  for (const id of model.datasets) {
    pages.add(paths.dataset(id));
    files.add(paths.datasetCsv(id));
  }
  const fragments = new Map([[paths.claims(), new Set(model.claims)]]);
  return { pages, files, fragments };
}

/** What a content page offers links to: its heading and chart anchors, and its charts' downloads. */
export function addPageAnchors(routes: RouteMap, page: string, anchors: { headings: string[]; charts: string[] }): void {
  routes.fragments.set(page, new Set([...anchors.headings, ...anchors.charts]));
  for (const chart of anchors.charts) for (const extension of ['csv', 'svg'] as const) routes.files.add(paths.chartFile(page, chart, extension));
}

/** Why a link does not resolve: a page that does not exist, or an anchor that does not. */
export interface LinkProblem {
  code: 'link-page' | 'link-fragment';
  message: string;
}

/** Why `#fragment` does not exist on `page`, listing the anchors that do; undefined when it does (or is not known). */
function missingFragment(page: string, fragment: string | undefined, routes: RouteMap): LinkProblem | undefined {
  const known = routes.fragments.get(page);
  // Footnote anchors are made by the renderer from the footnote labels; the built-site check resolves them.
  if (!fragment || !known || known.has(fragment) || fragment.startsWith('user-content-')) return undefined;
  const anchors = [...known].slice(0, 20);
  const there = anchors.length ? `anchors there: ${anchors.join(', ')}${known.size > 20 ? ', ...' : ''}` : 'the page has no anchors';
  return { code: 'link-fragment', message: `no "#${fragment}" on ${page}; ${there}` };
}

const pageProblem = (message: string): LinkProblem => ({ code: 'link-page', message });

/**
 * @param from the page the link is written on, for links to one of its own anchors (`#chart-id`)
 * @returns why the link does not resolve, or undefined when it does (external links are not checked here).
 */
export function resolveInternalLink(url: string, routes: RouteMap, from?: string): LinkProblem | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [pathAndQuery = '', fragment] = url.split('#', 2);
  const path = pathAndQuery.split('?')[0]!;
  if (path === '') return from ? missingFragment(from, fragment, routes) : undefined;
  if (!path.startsWith('/')) return pageProblem('internal links must start with "/" (e.g. /data/us-m2-monthly/), so they work from any page');
  if (routes.files.has(path)) return undefined;
  const page = path.endsWith('/') ? path : `${path}/`;
  if (!routes.pages.has(page)) {
    const near = [...routes.pages].filter((candidate) => candidate.split('/')[1] === page.split('/')[1]).slice(0, 12);
    return pageProblem(`no page at ${page}; pages there: ${near.join(', ') || [...routes.pages].join(', ')}`);
  }
  if (!path.endsWith('/')) return pageProblem(`write ${page} with its trailing slash`);
  return missingFragment(page, fragment, routes);
}
