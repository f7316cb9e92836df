/**
 * Site paths as readers fetch them. Routes, authors and the content check all write site paths from
 * the site's root (`/data/us-m2-monthly/`); a deploy may live under a path (`/pivot-point/`), so every
 * link, asset and absolute URL the pages emit goes through here.
 */
import { paths } from '../catalog/routes.ts';
import { SITE } from '../site.config.ts';

/** `/data/x/` → `/pivot-point/data/x/` under that base; anything not a site path is returned as it is. */
export function withBase(path: string, base: string = SITE.base): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base}${path.slice(1)}`;
}

/** The absolute URL of a site path, for canonical links, the feed, social images and citations. */
export function absoluteUrl(path: string): string {
  return new URL(withBase(path), SITE.url).href;
}

/** A path as Astro gives it (`Astro.url.pathname`, base included) back as a site path. */
export function sitePath(pathname: string, base: string = SITE.base): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

type Paths = typeof paths;

/** The site's URL map (catalog/routes `paths`) as hrefs under the base: what pages write in links. */
export const href = Object.fromEntries(
  Object.entries(paths).map(([name, make]) => [name, (...args: never[]) => withBase((make as (...a: never[]) => string)(...args))]),
) as unknown as Paths;
