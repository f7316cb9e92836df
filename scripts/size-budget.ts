/**
 * The size budget, run by `npm run test:dist` after its checks: what a reader downloads per page type, gzip-compressed
 * (HTML plus the CSS and JS it loads from this site), against a budget.
 * Prints a table; exits 1 when any page is over its budget.
 *
 * Budgets: an article page <= 35 KB all in, with no chart JavaScript (charts are SVG in the HTML).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const BUDGETS: Array<{ type: string; match: RegExp; total: number; js: number }> = [
  { type: 'article', match: /^\/articles\/[^/]+\/index\.html$/, total: 35 * KB, js: 1 * KB },
  { type: 'dataset', match: /^\/data\/[^/]+\/index\.html$/, total: 30 * KB, js: 1 * KB },
  { type: 'claim', match: /^\/claims\/[^/]+\/index\.html$/, total: 20 * KB, js: 1 * KB },
  { type: 'theme', match: /^\/themes\/[^/]+\/index\.html$/, total: 30 * KB, js: 1 * KB },
  { type: 'listing', match: /^\/(articles|data|themes|claims)\/index\.html$|^\/index\.html$/, total: 40 * KB, js: 1 * KB },
  { type: 'page', match: /^\/(about\/(charts\/)?index|search\/index|404)\.html$/, total: 40 * KB, js: 2 * KB },
];

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Same-site stylesheets and scripts a page loads (not Pagefind's, which the search page loads on demand). */
function assets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) => m[1]!);
  const js = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]!);
  return { css, js };
}

interface Row {
  type: string;
  pages: number;
  html: number;
  css: number;
  js: number;
  total: number;
  worst: string;
  budget: number;
  jsBudget: number;
}

const rows = new Map<string, Row>();
for (const file of walk(DIST).map((path) => `/${path.slice(DIST.length + 1)}`)) {
  const budget = BUDGETS.find((entry) => entry.match.test(file));
  if (!budget) continue;
  const html = readFileSync(join(DIST, file), 'utf8');
  const { css, js } = assets(html);
  const sizes = { html: gz(join(DIST, file)), css: css.reduce((s, f) => s + gz(join(DIST, f)), 0), js: js.reduce((s, f) => s + gz(join(DIST, f)), 0) };
  const total = sizes.html + sizes.css + sizes.js;
  const row = rows.get(budget.type) ?? { type: budget.type, pages: 0, html: 0, css: 0, js: 0, total: 0, worst: '', budget: budget.total, jsBudget: budget.js };
  row.pages++;
  if (total > row.total) Object.assign(row, { ...sizes, total, worst: file.replace(/index\.html$/, '') });
  rows.set(budget.type, row);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
console.log('Largest page of each type, gzip (HTML + its CSS + its JS):\n');
console.log(['type', 'pages', 'HTML', 'CSS', 'JS', 'total', 'budget', 'largest page'].join('\t'));
let over = 0;
for (const row of rows.values()) {
  const fails = row.total > row.budget || row.js > row.jsBudget;
  if (fails) over++;
  console.log([row.type, row.pages, kb(row.html), kb(row.css), kb(row.js), kb(row.total), `${kb(row.budget)}${fails ? ' OVER' : ''}`, row.worst].join('\t'));
}
if (over > 0) {
  console.error(`\n${over} page type(s) over budget.`);
  process.exit(1);
}
console.log('\nAll page types within budget.');
