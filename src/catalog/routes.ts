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
  search: () => '/search/',
  feed: () => '/rss.xml',
} as const;

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
  const pages = new Set<string>([paths.home(), paths.articles(), paths.themes(), paths.data(), paths.claims(), paths.about(), paths.chartGallery(), paths.search()]);
  const files = new Set<string>([paths.feed()]);
  for (const slug of model.articles) pages.add(paths.article(slug));
  for (const slug of model.themes) pages.add(paths.theme(slug));
  for (const id of model.claims) pages.add(paths.claim(id));
  for (const id of model.datasets) {
    pages.add(paths.dataset(id));
    files.add(paths.datasetCsv(id));
  }
  const fragments = new Map([[paths.claims(), new Set(model.claims)]]);
  return { pages, files, fragments };
}

/**
 * @returns why the link does not resolve, or undefined when it does (external links are not checked here).
 */
export function resolveInternalLink(url: string, routes: RouteMap): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [pathAndQuery = '', fragment] = url.split('#', 2);
  const path = pathAndQuery.split('?')[0]!;
  // Same-page fragments point at headings and footnotes whose ids the renderer makes;
  // the built-site link check resolves those.
  if (path === '') return undefined;
  if (!path.startsWith('/')) return 'internal links must start with "/" (e.g. /data/us-m2-monthly/), so they work from any page';
  if (routes.files.has(path)) return undefined;
  const page = path.endsWith('/') ? path : `${path}/`;
  if (!routes.pages.has(page)) {
    const near = [...routes.pages].filter((candidate) => candidate.split('/')[1] === page.split('/')[1]).slice(0, 12);
    return `no page at ${page}; pages there: ${near.join(', ') || [...routes.pages].join(', ')}`;
  }
  if (!path.endsWith('/')) return `write ${page} with its trailing slash`;
  const known = routes.fragments.get(page);
  if (fragment && known && !known.has(fragment)) return `no "#${fragment}" on ${page}`;
  return undefined;
}
