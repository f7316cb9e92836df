/** Every page URL the site publishes, read from the built sitemap so new pages are tested without listing them. */
import { readFileSync, readdirSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const urls = files.flatMap((name) => [...readFileSync(`dist/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  return urls.map((url) => new URL(url).pathname).sort();
}
