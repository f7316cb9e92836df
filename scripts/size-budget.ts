/**
 * The size budget (`npm run test:budget`, which `npm test` runs beside the built-site gates): what a reader downloads per page type, gzip-compressed
 * (HTML plus the CSS and JS it loads from this site), against a budget.
 * Prints a table; exits 1 when any page, font, script or readout budget is exceeded.
 *
 * Budgets: an article page <= 40 KB all in, with no chart JavaScript (charts are SVG in the HTML), and
 * <= 80 KB of web fonts on a first visit. Which faces a page fetches depends on the text it sets (an
 * italic quote, a bold word), which no reading of the CSS can tell: Chromium loads each chart page
 * (every article and the chart gallery) from dist/ (through request interception, no server), and the
 * WOFF2 files and scripts it fetches are added up. Chart pages run at most two scripts, 8 KB in all at most.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const DIST = 'dist';
const KB = 1024;
const FONT_BUDGET = 80 * KB;
/** Chart pages: the search shortcut and the value readouts, and what they import, uncompressed. */
const SCRIPT_ELEMENTS = 2;
const SCRIPT_BUDGET = 8 * KB;
// Pages with charts also load the value-readout script (issue 14: at most 3 KB gzip); the others only the
// search shortcut. Articles carry each chart twice (wide and phone), its data table and its readout data:
// 40 KB holds three charts of 150 monthly points. The chart gallery shows ten charts, so pages get 55 KB.
const BUDGETS: Array<{ type: string; match: RegExp; total: number; js: number }> = [
  { type: 'article', match: /^\/articles\/[^/]+\/index\.html$/, total: 40 * KB, js: 3.5 * KB },
  { type: 'dataset', match: /^\/data\/[^/]+\/index\.html$/, total: 30 * KB, js: 3.5 * KB },
  { type: 'claim', match: /^\/claims\/[^/]+\/index\.html$/, total: 20 * KB, js: 1 * KB },
  { type: 'theme', match: /^\/themes\/[^/]+\/index\.html$/, total: 30 * KB, js: 1 * KB },
  { type: 'listing', match: /^\/(articles|data|themes|claims)\/index\.html$|^\/index\.html$/, total: 40 * KB, js: 3.5 * KB },
  { type: 'page', match: /^\/(about\/(charts\/)?index|timeline\/index|search\/index|404)\.html$/, total: 55 * KB, js: 3.5 * KB },
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

const rowsByType = new Map<string, Row>();
/** Every built file, as the site path it is served at (`/articles/x/index.html`). */
const builtFiles = walk(DIST).map((path) => `/${path.slice(DIST.length + 1)}`);
for (const file of builtFiles) {
  const budget = BUDGETS.find((entry) => entry.match.test(file));
  if (!budget) continue;
  const html = readFileSync(join(DIST, file), 'utf8');
  const { css, js } = assets(html);
  const sizes = { html: gz(join(DIST, file)), css: css.reduce((s, f) => s + gz(join(DIST, f)), 0), js: js.reduce((s, f) => s + gz(join(DIST, f)), 0) };
  const total = sizes.html + sizes.css + sizes.js;
  const row = rowsByType.get(budget.type) ?? { type: budget.type, pages: 0, html: 0, css: 0, js: 0, total: 0, worst: '', budget: budget.total, jsBudget: budget.js };
  row.pages++;
  if (total > row.total) Object.assign(row, { ...sizes, total, worst: file.replace(/index\.html$/, '') });
  rowsByType.set(budget.type, row);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
console.log('Largest page of each type, gzip (HTML + its CSS + its JS):\n');
console.log(['type', 'pages', 'HTML', 'CSS', 'JS', 'total', 'budget', 'largest page'].join('\t'));
let over = 0;
for (const row of rowsByType.values()) {
  const fails = row.total > row.budget || row.js > row.jsBudget;
  if (fails) over++;
  console.log([row.type, row.pages, kb(row.html), kb(row.css), kb(row.js), kb(row.total), `${kb(row.budget)}${fails ? ' OVER' : ''}`, row.worst].join('\t'));
}

/** What a first visit to a page fetches (bytes by file name) and how many scripts it runs. */
interface Visit {
  fonts: Map<string, number>;
  scripts: Map<string, number>;
  scriptElements: number;
}

/** Chromium, or undefined outside CI when it does not start: CI must measure fonts and scripts; a contributor's quick check may skip them. */
async function launch(): Promise<Browser | undefined> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(`\nFont and script budgets not measured: Chromium did not start (set CHROMIUM_PATH). ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** Loads each page once in Chromium, as a reader's first visit, and records its fonts (by file name) and scripts (by path). */
async function firstVisits(browser: Browser, paths: string[]): Promise<Map<string, Visit>> {
  const origin = 'http://budget.invalid';
  const context = await browser.newContext();
  await context.route(`${origin}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const file = [join(DIST, pathname), join(DIST, pathname, 'index.html')].find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  // Routed requests skip the HTTP cache, so every page is a first visit, and pages can load side by side.
  const visit = async (path: string): Promise<[string, Visit]> => {
    const page = await context.newPage();
    // Body reads are awaited before the page closes, so none is cut off.
    const fonts: Promise<[string, number]>[] = [];
    const scripts: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.woff2')) fonts.push(response.body().then((body) => [pathname.split('/').pop()!, body.length]));
      else if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => [pathname, body.length]));
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const scriptElements = await page.locator('script:not([type="application/ld+json"])').count();
    const visited = { fonts: new Map(await Promise.all(fonts)), scripts: new Map(await Promise.all(scripts)), scriptElements };
    await page.close();
    return [path, visited];
  };
  const visits = new Map(await Promise.all(paths.map(visit)));
  await browser.close();
  return visits;
}

/** Web fonts a first visit to an article fetches; returns how many articles are over the budget. */
function fontBudget(visits: Map<string, Visit>, articles: string[]): number {
  const rows = articles.map((path) => ({ path, fonts: visits.get(path)!.fonts })).map((row) => ({ ...row, bytes: [...row.fonts.values()].reduce((sum, n) => sum + n, 0) }));
  rows.sort((a, b) => b.bytes - a.bytes);
  const worst = rows[0];
  const pageWeight = (rowsByType.get('article')?.total ?? 0) + (worst?.bytes ?? 0);
  console.log(`\nWeb fonts a first visit to an article fetches (WOFF2, measured in Chromium), budget ${kb(FONT_BUDGET)}:\n`);
  for (const row of rows.slice(0, 3)) console.log(`${kb(row.bytes)}\t${row.fonts.size} files\t${row.path}\t${[...row.fonts.keys()].map((name) => name.replace(/\.[\w-]+\.woff2$/, '')).join(', ')}`);
  const fontsOver = rows.filter((row) => row.bytes > FONT_BUDGET).length;
  console.log(`\nLargest article page with its fonts: ${kb(pageWeight)} (gzip HTML, CSS and JS of the largest article, plus the most fonts any article fetches).`);
  if (fontsOver > 0) console.error(`\n${fontsOver} article(s) fetch more than ${kb(FONT_BUDGET)} of fonts.`);
  return fontsOver;
}

/**
 * Chart pages run only the search shortcut and the value readouts: the charts themselves are SVG in the
 * HTML. At most two script elements a page, and every script any of them fetches (imports included,
 * each file once: a reader's browser keeps them) at most 8 KB uncompressed. Returns the failures.
 */
function scriptBudget(visits: Map<string, Visit>, chartPages: string[]): string[] {
  const failures = chartPages
    .filter((path) => visits.get(path)!.scriptElements > SCRIPT_ELEMENTS)
    .map((path) => `${path}: ${visits.get(path)!.scriptElements} script elements, more than ${SCRIPT_ELEMENTS}`);
  const fetched = new Map(chartPages.flatMap((path) => [...visits.get(path)!.scripts]));
  const bytes = [...fetched.values()].reduce((sum, n) => sum + n, 0);
  console.log(`\nScripts the chart pages fetch (uncompressed, each file once), budget ${kb(SCRIPT_BUDGET)}: ${kb(bytes)} in ${[...fetched.keys()].join(', ') || 'none'}.`);
  if (fetched.size === 0) failures.push('no chart page fetched a script, not even the search shortcut');
  if (bytes > SCRIPT_BUDGET) failures.push(`the chart pages' scripts take ${kb(bytes)}, over the ${kb(SCRIPT_BUDGET)} budget`);
  for (const failure of failures) console.error(failure);
  return failures;
}

const pagePaths = (match: RegExp) => builtFiles.filter((file) => match.test(file)).map((file) => file.replace(/index\.html$/, ''));
const articles = pagePaths(/^\/articles\/[^/]+\/index\.html$/);
const chartPages = [...articles, ...pagePaths(/^\/about\/charts\/index\.html$/)];
let fontsOver = 0;
let scriptFailures: string[] = [];
const browser = await launch();
if (browser) {
  const visits = await firstVisits(browser, chartPages);
  fontsOver = fontBudget(visits, articles);
  scriptFailures = scriptBudget(visits, chartPages);
}

// Issue 14: the value readouts (the chart component's one script) in at most 3 KB gzip, all of it.
const READOUT_BUDGET = 3 * KB;
const readout = readdirSync(join(DIST, '_astro')).filter((name) => name.startsWith('Chart.astro_astro_type_script') && name.endsWith('.js'));
const readoutBytes = readout.reduce((sum, name) => sum + gz(join(DIST, '_astro', name)), 0);
const readoutOver = readout.length === 0 || readoutBytes > READOUT_BUDGET;
console.log(`
Value-readout script: ${kb(readoutBytes)} gzip (${readout.join(', ') || 'not found'}), budget ${kb(READOUT_BUDGET)}${readoutOver ? ': OVER' : ''}.`);

if (over > 0 || fontsOver > 0 || scriptFailures.length > 0 || readoutOver) {
  if (over > 0) console.error(`\n${over} page type(s) over budget.`);
  process.exit(1);
}
console.log('\nAll page types within budget.');
