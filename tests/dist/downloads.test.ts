/**
 * Every bundled dataset has a page whose one "Download CSV" link serves the file byte for byte as bundled,
 * named after the dataset and on this site, so the browser saves it rather than opening it (what the real
 * click in tests/e2e/data.spec.ts saves). Read from the built files, which the server sends as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BASE, DIST, pages } from './built-pages';

const datasets = readdirSync('content/data').filter((name) => name.endsWith('.csv')).map((name) => name.slice(0, -'.csv'.length));
const pageAt = new Map(pages.map((page) => [page.url, page]));

test('there are datasets to check', () => {
  expect(datasets.length).toBeGreaterThan(0);
});

test.each(datasets)('/data/%s/ offers its CSV byte for byte as bundled', (id) => {
  const page = pageAt.get(`${BASE}data/${id}/`);
  expect(page, `no page for dataset ${id}`).toBeDefined();
  expect(page!.html, 'the page has its provenance').toMatch(/<h2[^>]*>Provenance<\/h2>/);
  const links = [...page!.html.matchAll(/<a\s[^>]*>Download CSV<\/a>/g)].map((match) => match[0]);
  expect(links).toHaveLength(1);
  expect(links[0]).toContain(` download="${id}.csv"`);
  const href = /\shref="([^"]+)"/.exec(links[0]!)?.[1] ?? '';
  expect(href, 'a path on this site').toMatch(new RegExp(`^${BASE}[^/]`));
  expect(readFileSync(join(DIST, href.slice(BASE.length))).equals(readFileSync(`content/data/${id}.csv`)), `${href} differs from content/data/${id}.csv`).toBe(true);
});
